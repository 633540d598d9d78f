import { sql } from 'kysely';
import { decayHorizonDays } from '../../core/scoring/decayFactor';
import type { ScoringEvent, ScoringRule, ScoringSubject } from '../../core/scoring/scoringModel';
import type { Db } from '../../db/database';

/** Events older than this never count, whatever the decay (a year: the loader must stop somewhere). */
export const MAX_HORIZON_DAYS = 365;

export interface ScoringInput {
  profileId: string;
  companyId: string | null;
  hasEmail: boolean;
  subject: ScoringSubject;
  events: ScoringEvent[];
}

/** How far back the rules can still see: the longest linear expiry, or a year when any rule decays slower. */
export function horizonDays(rules: readonly ScoringRule[]): number {
  let days = 0;
  for (const r of rules) {
    if (r.kind === 'fit') continue;
    const h = decayHorizonDays(r.decay);
    days = Math.max(days, h === null ? MAX_HORIZON_DAYS : Math.min(h, MAX_HORIZON_DAYS));
  }
  return days;
}

const personasOf = (traits: Record<string, unknown>): string[] => {
  const p = traits.persona ?? traits.personas;
  if (typeof p === 'string') return [p];
  return Array.isArray(p) ? p.filter((x): x is string => typeof x === 'string') : [];
};

/**
 * What scoring reads about these profiles: traits, company fields and persona, and their events within
 * the rules' horizon. Merged-away profiles are left out (their events belong to the survivor).
 *
 * @example const inputs = await loadScoringInputs(db, ws, ids, rules, new Date());
 */
export async function loadScoringInputs(
  db: Db,
  workspaceId: string,
  profileIds: readonly string[],
  rules: readonly ScoringRule[],
  now: Date,
): Promise<ScoringInput[]> {
  if (profileIds.length === 0) return [];
  const profiles = await db
    .selectFrom('profiles')
    .select(['id', 'traits', 'company_id', 'email'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', sql<string>`any(${[...profileIds]}::uuid[])`)
    .where('merged_into', 'is', null)
    .execute();
  const companyIds = [...new Set(profiles.flatMap((p) => (p.company_id ? [p.company_id] : [])))];
  const companies = companyIds.length
    ? await db
        .selectFrom('companies')
        .select(['id', 'name', 'domain', 'properties'])
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', sql<string>`any(${companyIds}::uuid[])`)
        .execute()
    : [];
  const companyOf = new Map(
    companies.map((c) => [c.id, { name: c.name, domain: c.domain, ...c.properties }]),
  );
  const days = horizonDays(rules);
  const eventsOf = new Map<string, ScoringEvent[]>();
  if (days > 0 && profiles.length > 0) {
    const since = new Date(now.getTime() - days * 86_400_000);
    const rows = await db
      .selectFrom('events')
      .select(['event_id', 'profile_id', 'type', 'name', 'touchpoint_id', 'url', 'properties', 'occurred_at'])
      .where('workspace_id', '=', workspaceId)
      .where('profile_id', '=', sql<string>`any(${profiles.map((p) => p.id)}::uuid[])`)
      .where('occurred_at', '>', since)
      .execute();
    for (const r of rows) {
      if (!r.profile_id) continue;
      const list = eventsOf.get(r.profile_id) ?? [];
      list.push({
        id: r.event_id,
        type: r.type,
        name: r.name,
        touchpointId: r.touchpoint_id,
        url: r.url,
        properties: r.properties,
        occurredAt: r.occurred_at,
      });
      eventsOf.set(r.profile_id, list);
    }
  }
  return profiles.map((p) => ({
    profileId: p.id,
    companyId: p.company_id,
    hasEmail: p.email !== null,
    subject: {
      traits: p.traits,
      company: p.company_id ? (companyOf.get(p.company_id) ?? null) : null,
      personas: personasOf(p.traits),
    },
    events: eventsOf.get(p.id) ?? [],
  }));
}
