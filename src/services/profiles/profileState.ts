import type { Selectable } from 'kysely';
import type { ProfilesTable } from '../../db/schema';
import type { ProfileState } from '../../core/identity/profileState';

// The rules live in the core; this file reads and writes their state as database rows.
export {
  applyEvent,
  applyTraits,
  emailOf,
  finalProfile,
  mergeProfileStates,
  newProfileState,
  normaliseEmail,
  type ProfileEvent,
  type ProfileState,
} from '../../core/identity/profileState';

export function profileStateOf(row: Selectable<ProfilesTable>): ProfileState {
  return {
    id: row.id,
    isNew: false,
    touched: false,
    userId: row.user_id,
    email: row.email,
    name: row.name,
    companyId: row.company_id,
    traits: row.traits,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    eventCount: Number(row.event_count),
    revenue: Number(row.revenue),
    touchpointIds: row.touchpoint_ids,
    currentPhaseKey: row.current_phase_key,
    phaseAt: row.last_seen_at,
    mergedInto: null,
  };
}

/** The columns the processor owns, as written back to `profiles`. */
export function profileColumns(p: ProfileState) {
  return {
    user_id: p.userId,
    email: p.email,
    name: p.name,
    company_id: p.companyId,
    traits: JSON.stringify(p.traits),
    first_seen_at: p.firstSeenAt,
    last_seen_at: p.lastSeenAt,
    event_count: p.eventCount,
    revenue: p.revenue,
    touchpoint_ids: JSON.stringify(p.touchpointIds),
    current_phase_key: p.currentPhaseKey,
  };
}
