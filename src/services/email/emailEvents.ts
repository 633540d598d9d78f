import type { Db } from '../../db/database';
import { notify } from '../events/notify';

export type EmailEventType =
  | 'email_sent'
  | 'email_open'
  | 'email_click'
  | 'email_bounce'
  | 'email_complaint'
  | 'email_unsubscribe'
  | 'email_resubscribe';

export interface EmailEvent {
  /** Deterministic, e.g. `email:<token>:open:<n>`: a retried webhook or a double submit records nothing twice. */
  eventId: string;
  type: EmailEventType;
  profileId: string | null;
  touchpointId: string | null;
  properties: Record<string, unknown>;
  /** The target of a click. */
  url?: string;
  occurredAt?: Date;
}

/**
 * Appends an e-mail event to the workspace's event log, so it shows on the profile's timeline and feeds
 * the event processor like any other event. Returns false when the event was there already; callers
 * update counters only for new events, which makes every tracking path idempotent.
 *
 * Written straight into `events` (channel `email`, source `email`) rather than through `ingestEvents`:
 * an e-mail event names its recipient's profile directly (the event processor follows `profile_id`),
 * which the public ingestion contract has no field for, and it must run inside the caller's
 * transaction. Inside a transaction, call `announceEmailEvents` after the commit.
 */
export async function recordEmailEvent(db: Db, workspaceId: string, event: EmailEvent): Promise<boolean> {
  const inserted = await db
    .insertInto('events')
    .values({
      workspace_id: workspaceId,
      event_id: event.eventId,
      type: event.type,
      name: event.type,
      occurred_at: event.occurredAt ?? new Date(),
      profile_id: event.profileId,
      touchpoint_id: event.touchpointId,
      channel: 'email',
      channel_class: 'owned',
      url: event.url ?? null,
      properties: JSON.stringify(event.properties),
      source: 'email',
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'event_id']).doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (inserted !== undefined && !db.isTransaction) notify(workspaceId);
  return inserted !== undefined;
}

/** Wakes the event processor for events written inside a transaction that has committed now. */
export const announceEmailEvents = (workspaceId: string): void => notify(workspaceId);
