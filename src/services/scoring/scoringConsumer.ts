import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { subscribe } from '../events/notify';
import { loadScoringSetup } from './loadScoringSetup';
import { rescoreProfiles } from './rescoreProfiles';

/** Events per step: each step rescores the profiles these touched, in one transaction. */
export const SCORING_BATCH_EVENTS = 20_000;
/** Profiles per transaction when every profile of a workspace is rescored (rules changed, daily decay). */
export const RESCORE_CHUNK = 1000;

export interface ScoringStep {
  /** Events read (0: nothing new, or another consumer holds the workspace). */
  events: number;
  profiles: number;
  lastSeq: number;
}

/** Locks the workspace's scoring cursor (creating it), or null when another consumer holds it. */
async function lockScoringCursor(trx: Db, workspaceId: string) {
  await trx
    .insertInto('scoring_cursors')
    .values({ workspace_id: workspaceId, updated_at: new Date() })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  const row = await trx
    .selectFrom('scoring_cursors')
    .select(['last_seq', 'rescore_requested_at', 'rescored_at'])
    .where('workspace_id', '=', workspaceId)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row ? { ...row, last_seq: Number(row.last_seq) } : null;
}

/**
 * One step of the scoring consumer for a workspace: reads the events the event processor has finished
 * (its cursor bounds ours, so every event already has its profile), rescores the profiles they touched
 * and moves the scoring cursor, all in one transaction: a crash repeats the step, never skips it.
 *
 * @example let s; do s = await scoreNewEvents(db, ws, new Date()); while (s.events > 0);
 */
export async function scoreNewEvents(db: Db, workspaceId: string, now: Date): Promise<ScoringStep> {
  return db.transaction().execute(async (trx) => {
    const cursor = await lockScoringCursor(trx, workspaceId);
    if (!cursor) return { events: 0, profiles: 0, lastSeq: -1 };
    const processed = await trx
      .selectFrom('event_cursors')
      .select('last_seq')
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
    const upTo = Math.min(Number(processed?.last_seq ?? 0), cursor.last_seq + SCORING_BATCH_EVENTS);
    if (upTo <= cursor.last_seq) return { events: 0, profiles: 0, lastSeq: cursor.last_seq };
    const touched = await sql<{ profile_id: string; n: number }>`
      select profile_id, count(*)::int as n from events
      where workspace_id = ${workspaceId} and seq > ${cursor.last_seq} and seq <= ${upTo} and profile_id is not null
      group by profile_id
    `.execute(trx);
    const events = touched.rows.reduce((s, r) => s + r.n, 0);
    let profiles = 0;
    if (touched.rows.length > 0) {
      const setup = await loadScoringSetup(trx, workspaceId);
      profiles = await rescoreProfiles(
        trx,
        workspaceId,
        touched.rows.map((r) => r.profile_id),
        setup,
        now,
      );
    }
    await trx
      .updateTable('scoring_cursors')
      .set({ last_seq: upTo, updated_at: new Date() })
      .where('workspace_id', '=', workspaceId)
      .execute();
    return { events: Math.max(events, 1), profiles, lastSeq: upTo };
  });
}

/**
 * Rescores every profile of a workspace at `now` (daily decay; rules or stages changed), in chunks of
 * `RESCORE_CHUNK` profiles, each its own transaction. Returns how many were scored.
 *
 * @example await rescoreWorkspace(db, workspaceId, new Date());
 */
export async function rescoreWorkspace(db: Db, workspaceId: string, now: Date): Promise<number> {
  const setup = await loadScoringSetup(db, workspaceId);
  let after = '00000000-0000-0000-0000-000000000000';
  let total = 0;
  for (;;) {
    const ids = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('merged_into', 'is', null)
      .where('id', '>', after)
      .orderBy('id')
      .limit(RESCORE_CHUNK)
      .execute();
    const last = ids[ids.length - 1];
    if (!last) return total;
    total += await db.transaction().execute((trx) =>
      rescoreProfiles(
        trx,
        workspaceId,
        ids.map((r) => r.id),
        setup,
        now,
      ),
    );
    after = last.id;
  }
}

/** Answers a pending "rescore everything" request of the workspace, if there is one. */
export async function answerRescoreRequest(db: Db, workspaceId: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('scoring_cursors')
    .select(['rescore_requested_at', 'rescored_at'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const requested = row?.rescore_requested_at;
  if (!requested || (row.rescored_at && row.rescored_at >= requested)) return false;
  await rescoreWorkspace(db, workspaceId, now);
  await db
    .updateTable('scoring_cursors')
    .set({ rescored_at: requested })
    .where('workspace_id', '=', workspaceId)
    .execute();
  return true;
}

/** Workspaces whose processed events the scoring consumer has not read yet, or which asked for a rescore. */
async function workspacesToScore(db: Db): Promise<string[]> {
  const rows = await sql<{ workspace_id: string }>`
    select e.workspace_id from event_cursors e
    left join scoring_cursors s on s.workspace_id = e.workspace_id
    where e.last_seq > coalesce(s.last_seq, 0)
    union
    select workspace_id from scoring_cursors
    where rescore_requested_at is not null and (rescored_at is null or rescored_at < rescore_requested_at)
  `.execute(db);
  return rows.rows.map((r) => r.workspace_id);
}

export interface ScoringConsumer {
  wake(): void;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps lead scores current: after new events (woken by ingestion's notification, then polling every
 * `intervalMs` until the processor has finished them) it rescores the profiles they touched.
 *
 * @example const scoring = startScoringConsumer(db); …; await scoring.stop();
 */
export function startScoringConsumer(
  db: Db,
  options: {
    intervalMs?: number;
    now?: () => Date;
    workspaceIds?: readonly string[];
    onError?: (error: unknown) => void;
  } = {},
): ScoringConsumer {
  const now = options.now ?? (() => new Date());
  const onError =
    options.onError ??
    ((error: unknown) =>
      console.error(`Lead scoring failed: ${error instanceof Error ? error.message : String(error)}`));
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  async function drain(): Promise<void> {
    const pending = await workspacesToScore(db);
    const only = options.workspaceIds;
    for (const workspaceId of only ? pending.filter((id) => only.includes(id)) : pending) {
      for (;;) {
        if (stopped) return;
        const step = await scoreNewEvents(db, workspaceId, now());
        if (step.events === 0) break;
      }
      if (!stopped) await answerRescoreRequest(db, workspaceId, now());
    }
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  }

  // The notification comes when events are written, before the processor has resolved their profiles:
  // the poll picks them up once it has; waking early only makes the next poll come sooner.
  const unsubscribe = subscribe(() => setTimeout(run, 150).unref());
  const poll = setInterval(run, options.intervalMs ?? 500);
  poll.unref();
  run();
  return {
    wake: run,
    idle: async () => {
      while (running || again) await (running ?? new Promise((r) => setTimeout(r, 10)));
    },
    stop: async () => {
      stopped = true;
      unsubscribe();
      clearInterval(poll);
      await running;
    },
  };
}
