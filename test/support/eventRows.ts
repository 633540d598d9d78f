import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database';
import { processEvents } from '../../src/services/events/processor';

/** An event as a test writes it straight into the log (no ingestion API involved). */
export interface TestEvent {
  type: string;
  at: string;
  anon?: string;
  user?: string;
  session?: string;
  touchpoint?: string;
  name?: string;
  properties?: Record<string, unknown>;
  revenue?: number;
  profileId?: string;
  id?: string;
  channel?: string;
  channelClass?: 'owned' | 'earned' | 'paid';
  utmCampaign?: string;
}

/** Appends events in the given order (so `seq` follows it); returns their ids. */
export async function insertEvents(db: Db, workspaceId: string, events: TestEvent[]): Promise<string[]> {
  const rows = events.map((e) => ({
    workspace_id: workspaceId,
    event_id: e.id ?? randomUUID(),
    type: e.type,
    name: e.name ?? null,
    occurred_at: e.at,
    anonymous_id: e.anon ?? null,
    user_id: e.user ?? null,
    profile_id: e.profileId ?? null,
    session_id: e.session ?? null,
    touchpoint_id: e.touchpoint ?? null,
    channel: e.channel ?? null,
    channel_class: e.channelClass ?? null,
    utm_campaign: e.utmCampaign ?? null,
    properties: JSON.stringify(e.properties ?? {}),
    revenue: e.revenue ?? null,
  }));
  for (const row of rows) await db.insertInto('events').values(row).execute();
  return rows.map((r) => r.event_id);
}

/** Runs the processor until the workspace's log is processed; returns how many events it took. */
export async function processAll(db: Db, workspaceId: string, batchSize = 1000): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await processEvents(db, workspaceId, { batchSize });
    total += r.processed;
    if (r.processed < batchSize) return total;
  }
}
