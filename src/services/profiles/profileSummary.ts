import type { ProfileSummary } from '../../contract/profiles';

export interface ProfileSummaryRow {
  id: string;
  name: string;
  email: string | null;
  user_id: string | null;
  company_id: string | null;
  company_name: string | null;
  first_seen_at: Date | null;
  last_seen_at: Date | null;
  event_count: number;
  revenue: number;
  current_phase_key: string | null;
}

export function toProfileSummary(r: ProfileSummaryRow): ProfileSummary {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    userId: r.user_id,
    company: r.company_id ? { id: r.company_id, name: r.company_name ?? '' } : null,
    firstSeenAt: r.first_seen_at?.toISOString() ?? null,
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    eventCount: Number(r.event_count),
    revenue: Number(r.revenue),
    currentPhaseKey: r.current_phase_key,
  };
}
