import type { Db } from '../../db/database';

/** The columns of an event the processor works with. */
export interface BatchEvent {
  event_id: string;
  seq: number;
  type: string;
  name: string | null;
  occurred_at: Date;
  anonymous_id: string | null;
  user_id: string | null;
  /** Set by senders that know the profile already (e-mail events). */
  profile_id: string | null;
  session_id: string | null;
  touchpoint_id: string | null;
  channel: string | null;
  channel_class: string | null;
  properties: Record<string, unknown>;
  revenue: number | null;
}

/** The next events of a workspace's log after `afterSeq`, in arrival order; uses `events_seq`. */
export function readBatch(
  trx: Db,
  workspaceId: string,
  range: { afterSeq: number; upToSeq: number; limit: number },
): Promise<BatchEvent[]> {
  return trx
    .selectFrom('events')
    .select([
      'event_id',
      'seq',
      'type',
      'name',
      'occurred_at',
      'anonymous_id',
      'user_id',
      'profile_id',
      'session_id',
      'touchpoint_id',
      'channel',
      'channel_class',
      'properties',
      'revenue',
    ])
    .where('workspace_id', '=', workspaceId)
    .where('seq', '>', range.afterSeq)
    .where('seq', '<=', range.upToSeq)
    .orderBy('seq')
    .limit(range.limit)
    .execute();
}

// Sessionisation's rules on an event live in the core; the processor's modules import them from here.
export { conversionPointOf, visitorIdOf } from '../../core/sessions/webEvent';

/** The traits an identify call carries: its properties (or a nested `traits` object). */
export function traitsOf(e: Pick<BatchEvent, 'type' | 'properties'>): Record<string, unknown> | null {
  if (e.type !== 'identify') return null;
  const nested = e.properties.traits;
  return nested !== null && typeof nested === 'object' && !Array.isArray(nested)
    ? (nested as Record<string, unknown>)
    : e.properties;
}
