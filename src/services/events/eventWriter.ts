import { sql } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { poolOf, type Db } from '../../db/database';

/** One `events` row as ingestion writes it. */
export interface EventRow {
  workspace_id: string;
  event_id: string;
  type: string;
  name: string | null;
  occurred_at: string;
  anonymous_id: string | null;
  user_id: string | null;
  session_id: string | null;
  touchpoint_id: string | null;
  channel: string | null;
  channel_class: string | null;
  url: string | null;
  referrer: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  properties: Record<string, unknown>;
  revenue: number | null;
  source: string;
}

/** The columns ingestion writes, in the order of `COPY` and of the fallback INSERT. */
const COLUMNS = [
  'workspace_id',
  'event_id',
  'type',
  'name',
  'occurred_at',
  'anonymous_id',
  'user_id',
  'session_id',
  'touchpoint_id',
  'channel',
  'channel_class',
  'url',
  'referrer',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'properties',
  'revenue',
  'source',
] as const satisfies readonly (keyof EventRow)[];

const COPY_EVENTS = `copy events (${COLUMNS.join(', ')}) from stdin`;

/**
 * Appends rows and returns, per row, whether it was stored now (true) or had been before (false); of
 * several equal rows (same workspace and event id) in one call, the first counts.
 *
 * Many rows go in with `COPY` when the `Db` has a pool of its own (not inside a transaction):
 * PostgreSQL then writes them in bulk, for about 60 % of the CPU per event of an INSERT
 * (docs/benchmarks.md). `COPY` has no `on conflict`, so when an event id was stored before (a retry;
 * rare) the whole `COPY` fails with a unique violation, stores nothing, and the rows go in again
 * through the INSERT, which skips the stored ones by the primary key.
 */
export async function insertEventRows(db: Db, rows: readonly EventRow[]): Promise<boolean[]> {
  const firsts: EventRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const key = r.workspace_id + r.event_id;
    if (!seen.has(key)) {
      seen.add(key);
      firsts.push(r);
    }
  }
  const pool = firsts.length >= COPY_FROM_ROWS ? poolOf(db) : undefined;
  const fresh = pool && (await copyEventRows(pool, firsts)) ? seen : await insertNewEventRows(db, firsts);
  return rows.map((r) => fresh.delete(r.workspace_id + r.event_id));
}

/**
 * Fewer rows go in with the INSERT: a `COPY` costs an extra round trip and four socket writes, which
 * outweigh what it saves PostgreSQL on a handful of rows (single events, grouped by `EventWriter`).
 */
export const COPY_FROM_ROWS = 50;

/** Copies rows into `events`; false (nothing stored) when one of them had been stored before. */
async function copyEventRows(pool: pg.Pool, rows: readonly EventRow[]): Promise<boolean> {
  const client = await pool.connect();
  try {
    const copy = client.query(copyFrom(COPY_EVENTS));
    // Resolves once PostgreSQL has committed the rows ('finish' waits for ReadyForQuery).
    await new Promise<void>((resolve, reject) => {
      copy.on('error', reject);
      copy.on('finish', resolve);
      copy.end(copyText(rows));
    });
    client.release();
    return true;
  } catch (error) {
    // A refusal by PostgreSQL leaves the connection ready for the next statement; anything else
    // (a broken socket) does not.
    const refused = error instanceof pg.DatabaseError;
    client.release(!refused);
    if (refused && error.code === UNIQUE_VIOLATION) return false;
    throw error;
  }
}

const UNIQUE_VIOLATION = '23505';

/** Rows in `COPY`'s text format: tab between columns, `\N` for null, JSON for the properties. */
function copyText(rows: readonly EventRow[]): string {
  let text = '';
  for (const r of rows) {
    let line = copyValue(r.workspace_id);
    for (let i = 1; i < COLUMNS.length; i++) {
      const value = r[COLUMNS[i] as keyof EventRow];
      line +=
        value === null
          ? '\t\\N'
          : '\t' + copyValue(typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
    text += line + '\n';
  }
  return text;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const SPECIAL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function copyValue(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(SPECIAL, (c) => ESCAPES[c] ?? c) : value;
}

/**
 * Appends rows with one statement whose only parameter is the rows as one JSON document
 * (`json_to_recordset`): the statement text is the same for 1 or 5,000 rows, no value is ever part of
 * it. A row whose event id was stored before is skipped by the primary key. Returns the keys
 * (workspace id + event id) of the rows stored now.
 */
async function insertNewEventRows(db: Db, rows: readonly EventRow[]): Promise<Set<string>> {
  const { rows: inserted } = await sql<{ workspace_id: string; event_id: string }>`
    insert into events (workspace_id, event_id, type, name, occurred_at, anonymous_id, user_id, session_id,
      touchpoint_id, channel, channel_class, url, referrer, utm_source, utm_medium, utm_campaign, properties,
      revenue, source)
    select workspace_id, event_id, type, name, occurred_at, anonymous_id, user_id, session_id,
      touchpoint_id, channel, channel_class, url, referrer, utm_source, utm_medium, utm_campaign, properties,
      revenue, source
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(workspace_id uuid, event_id text, type text,
      name text, occurred_at timestamptz, anonymous_id text, user_id text, session_id text, touchpoint_id uuid,
      channel text, channel_class text, url text, referrer text, utm_source text, utm_medium text,
      utm_campaign text, properties jsonb, revenue numeric, source text)
    on conflict (workspace_id, event_id) do nothing
    returning workspace_id, event_id`.execute(db);
  return new Set(inserted.map((r) => r.workspace_id + r.event_id));
}

interface Pending {
  rows: EventRow[];
  resolve(stored: boolean[]): void;
  reject(error: unknown): void;
}

/** Rows per statement; a request's rows are never split, so one large request may exceed it. */
const MAX_ROWS_PER_INSERT = 5_000;
/**
 * Statements in flight at once; requests that arrive meanwhile wait and go together in the next one.
 * Two keep the disk busy (one statement commits while the next one runs) and make the groups large:
 * in bench/ingest.ts, 4 cost PostgreSQL about 40 % more CPU per single event for no gain in latency.
 */
const MAX_CONCURRENT_INSERTS = 2;

/**
 * Groups the rows of concurrent requests into shared INSERTs. Nothing waits for a timer: a request
 * is written at once when fewer than `MAX_CONCURRENT_INSERTS` statements are running, and otherwise
 * joins the next statement with everything else that queued up meanwhile. Under load that turns
 * thousands of single-event requests per second into a few hundred multi-row commits, and each
 * request is answered only after the statement holding its rows committed.
 */
export class EventWriter {
  private queue: Pending[] = [];
  private running = 0;

  constructor(private readonly db: Db) {}

  write(rows: EventRow[]): Promise<boolean[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < MAX_CONCURRENT_INSERTS && this.queue.length > 0) {
      let take = 0;
      let count = 0;
      for (const p of this.queue) {
        if (take > 0 && count + p.rows.length > MAX_ROWS_PER_INSERT) break;
        take++;
        count += p.rows.length;
      }
      const group = this.queue.splice(0, take);
      this.running++;
      void this.flush(group).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async flush(group: Pending[]): Promise<void> {
    try {
      const stored = await insertEventRows(
        this.db,
        group.length === 1 ? (group[0]?.rows ?? []) : group.flatMap((p) => p.rows),
      );
      let at = 0;
      for (const p of group) {
        p.resolve(stored.slice(at, at + p.rows.length));
        at += p.rows.length;
      }
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      // The statement stored nothing; retry each request alone so one bad row fails only its own.
      await Promise.all(group.map((p) => insertEventRows(this.db, p.rows).then(p.resolve, p.reject)));
    }
  }
}

const writers = new WeakMap<Db, EventWriter>();

/**
 * Stores rows and resolves once they are committed. Inside a transaction (an import) the rows go into
 * that transaction directly and are committed with it.
 */
export function writeEventRows(db: Db, rows: EventRow[]): Promise<boolean[]> {
  if (db.isTransaction) return insertEventRows(db, rows);
  let writer = writers.get(db);
  if (!writer) {
    writer = new EventWriter(db);
    writers.set(db, writer);
  }
  return writer.write(rows);
}
