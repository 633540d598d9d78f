import { hash as digest } from 'node:crypto';
import type { Db } from '../../db/database';
import type { EventInput } from '../../contract/events';
import type { BadRow } from '../../contract/imports';
import { ingestEvents } from '../events/ingest';
import { eventRowSchema, type EventRow } from './rows';

/** Touchpoints by id and by name (ignoring case), to resolve the `touchpoint` column. */
export async function touchpointLookup(
  db: Db,
  workspaceId: string,
): Promise<(ref: string) => string | undefined> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const byId = new Set(rows.map((r) => r.id));
  const byName = new Map<string, string>();
  for (const r of rows) if (!byName.has(r.name.toLowerCase())) byName.set(r.name.toLowerCase(), r.id);
  return (ref) => (byId.has(ref.toLowerCase()) ? ref.toLowerCase() : byName.get(ref.trim().toLowerCase()));
}

/** The columns that say what a row is, in a fixed order (the timestamp is taken as an instant). */
const CONTENT_COLUMNS = Object.keys(eventRowSchema.shape).filter(
  (c): c is Exclude<keyof typeof eventRowSchema.shape, 'event_id' | 'timestamp'> =>
    c !== 'event_id' && c !== 'timestamp',
);

/**
 * The id of a row without `event_id`: `import:`, the time of the event and a hash of what the row
 * says (its columns in any order, the timestamp as an instant). So importing the same file again, as
 * a resume or as a new job, even re-exported with its columns reordered, never stores an event twice;
 * two rows alike in every column are one event, the second counts as a duplicate. The time in front
 * keeps a file's ids close together in the unique index, as ordered ids would be.
 *
 * @example contentEventId(row) // 'import:2026-03-02T09:00:00.000Z:Xr0H1mJ2Y4p0b9sQk7cVtA'
 */
export function contentEventId(row: EventRow): string {
  const instant = new Date(row.timestamp).toISOString();
  const columns = CONTENT_COLUMNS.map((c) => row[c] ?? null);
  const properties = Object.entries(row.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = digest('sha256', JSON.stringify([columns, properties]), 'base64url');
  return `import:${instant}:${hash.slice(0, 22)}`;
}

/**
 * The event a row stands for, with the row's `event_id` or its {@link contentEventId}. A row with
 * only an e-mail address gets the anonymous id `email:<address>` and carries the address as a
 * property, from which the event processor finds the person's profile.
 */
export function eventOfRow(row: EventRow, touchpointId: string | undefined): EventInput {
  const utm = {
    ...(row.utm_source !== undefined && { source: row.utm_source }),
    ...(row.utm_medium !== undefined && { medium: row.utm_medium }),
    ...(row.utm_campaign !== undefined && { campaign: row.utm_campaign }),
  };
  const properties: Record<string, unknown> = {
    ...row.properties,
    ...(row.email !== undefined && { email: row.email }),
  };
  return {
    eventId: row.event_id ?? contentEventId(row),
    type: row.type,
    timestamp: row.timestamp,
    ...(row.name !== undefined && { name: row.name }),
    ...(row.user_id !== undefined && { userId: row.user_id }),
    ...(row.anonymous_id !== undefined
      ? { anonymousId: row.anonymous_id }
      : row.user_id === undefined && row.email !== undefined && { anonymousId: `email:${row.email}` }),
    ...(row.session_id !== undefined && { sessionId: row.session_id }),
    ...(touchpointId !== undefined && { touchpointId }),
    ...(row.channel !== undefined && { channel: row.channel }),
    ...(row.url !== undefined && { url: row.url }),
    ...(row.referrer !== undefined && { referrer: row.referrer }),
    ...(Object.keys(utm).length > 0 && { utm }),
    ...(Object.keys(properties).length > 0 && { properties }),
    ...(row.revenue !== undefined && { revenue: { amount: row.revenue, currency: row.currency ?? 'EUR' } }),
  };
}

/**
 * Writes a batch of event rows through ingestion (validation, channel, touchpoint mapping,
 * idempotency) inside the import's transaction. Rows ingestion refuses come back as bad rows; rows
 * whose event id was stored before are counted as duplicates, not as written.
 */
export async function writeEvents(
  trx: Db,
  workspaceId: string,
  rows: readonly { line: number; event: EventInput }[],
): Promise<{ written: number; duplicates: number; bad: BadRow[] }> {
  const result = await ingestEvents(
    trx,
    workspaceId,
    rows.map((r) => r.event),
    { source: 'import' },
  );
  const bad = result.rejected.map((r) => ({
    line: rows[r.index]?.line ?? 0,
    reason: r.errors.map((e) => `${columnOf(e.field)}: ${e.message}`).join('; '),
  }));
  return { written: result.accepted, duplicates: result.duplicates, bad };
}

/** The CSV column behind an event field, so the report names what the user can fix. */
function columnOf(field: string): string {
  const names: Record<string, string> = {
    eventId: 'event_id',
    timestamp: 'timestamp',
    anonymousId: 'anonymous_id',
    userId: 'user_id',
    sessionId: 'session_id',
    touchpointId: 'touchpoint',
    'utm.source': 'utm_source',
    'utm.medium': 'utm_medium',
    'utm.campaign': 'utm_campaign',
    'revenue.amount': 'revenue',
    'revenue.currency': 'currency',
  };
  return names[field] ?? field;
}
