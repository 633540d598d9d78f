import { sql } from 'kysely';
import type { Db } from '../../db/database';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The highest `seq` up to which the event log is complete: no transaction still running can commit
 * an event at or below it. Returns null when that could not be established within `timeoutMs`.
 *
 * Why: `seq` is drawn when a row is inserted, but rows become visible when their transaction
 * commits, so a slow ingestion transaction can commit seq 100 after a fast one committed seq 101. A
 * processor that had already moved its cursor past 101 would skip 100 for ever. So: read the
 * sequence's last value M first, then list the transactions that hold a write lock on `events`
 * (every transaction that drew a seq <= M and has not finished is among them, since INSERT takes the
 * lock before it draws), and wait until they have all ended. Ingestion is never blocked.
 *
 * @example const upToSeq = await settledSeq(db); // then process events with seq <= upToSeq
 */
export async function settledSeq(db: Db, timeoutMs = 10_000): Promise<number | null> {
  const top = await sql<{ last: string | null }>`
    select pg_sequence_last_value(pg_get_serial_sequence('events', 'seq')::regclass)::text as last
  `.execute(db);
  const upTo = Number(top.rows[0]?.last ?? 0);
  const writers = await sql<{ vxid: string }>`
    select distinct virtualtransaction as vxid from pg_locks
    where locktype = 'relation' and relation = 'events'::regclass and mode = 'RowExclusiveLock'
      and pid <> pg_backend_pid()
  `.execute(db);
  let waiting = writers.rows.map((r) => r.vxid);
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; waiting.length > 0; pause = Math.min(pause * 2, 100)) {
    if (Date.now() > deadline) return null;
    await sleep(pause);
    const still = await sql<{ vxid: string }>`
      select distinct virtualtransaction as vxid from pg_locks
      where locktype = 'relation' and relation = 'events'::regclass and virtualtransaction = any(${waiting}::text[])
    `.execute(db);
    waiting = still.rows.map((r) => r.vxid);
  }
  return upTo;
}
