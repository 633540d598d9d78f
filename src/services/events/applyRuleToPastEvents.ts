import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { MappingApplyRunsTable } from '../../db/schema';
import type { MappingApplyRun } from '../../contract/mapping';
import type { TouchpointRule } from '../../core/mapping/mapEventToTouchpoint';
import { touchpointForStoredEvent } from '../../core/mapping/touchpointForStoredEvent';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { lockEventCursor } from './cursor';
import { moveTouchpointStats, type RemappedEvent } from './moveTouchpointStats';
import { toRule } from './mappingRules';

/** Events looked at per transaction; each holds the workspace's event cursor for its duration. */
export const APPLY_BATCH_SIZE = 5000;

/** Which run of which workspace a job continues. */
export interface MappingApplyJob {
  workspaceId: string;
  runId: string;
}

type RunRow = Selectable<MappingApplyRunsTable>;

const toRun = (r: RunRow): MappingApplyRun => ({
  id: r.id,
  ruleId: r.rule_id,
  status: r.status,
  done: Math.min(r.done, r.total),
  total: r.total,
  mapped: r.mapped,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  finishedAt: r.finished_at?.toISOString() ?? null,
});

/**
 * Starts applying one rule (or, with `ruleId` null, all rules) to the stored events that have no
 * touchpoint: the events up to the newest stored now (later ones are mapped as they arrive). Only
 * unmapped events are ever touched: an event that named its touchpoint or that a rule mapped keeps
 * it. While a run of the same rule is going on, starting again answers that run, so a double click
 * starts nothing twice. The caller hands the run to a queue (`MappingApplyQueue`).
 *
 * @example const run = await startApplyRun(ctx, ruleId); if (run.ok) await queue.enqueue({ workspaceId, runId: run.value.id });
 */
export async function startApplyRun(
  ctx: WorkspaceContext,
  ruleId: string | null,
): Promise<Result<MappingApplyRun>> {
  const ws = ctx.workspaceId;
  if (ruleId !== null) {
    const rule = await ctx.db
      .selectFrom('touchpoint_mapping_rules')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('id', '=', ruleId)
      .executeTakeFirst();
    if (!rule) return err('not_found', 'Mapping rule not found', { id: ruleId });
  }
  const running = () =>
    ctx.db
      .selectFrom('mapping_apply_runs')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('status', '=', 'running')
      .where(sql<boolean>`rule_id is not distinct from ${ruleId}`)
      .executeTakeFirst();
  const current = await running();
  if (current) return ok(toRun(current));
  const bounds = await sql<{ up_to: number | null; total: number }>`
    with last as (select max(seq) as up_to from events where workspace_id = ${ws})
    select last.up_to, (select count(*)::int from events
      where workspace_id = ${ws} and seq <= last.up_to and touchpoint_id is null) as total
    from last
  `.execute(ctx.db);
  const upTo = bounds.rows[0]?.up_to ?? 0;
  const total = bounds.rows[0]?.total ?? 0;
  const inserted = await sql<{ id: string }>`
    insert into mapping_apply_runs (workspace_id, rule_id, up_to_seq, total, status, finished_at)
    values (${ws}, ${ruleId}, ${upTo}, ${total}, ${total === 0 ? 'done' : 'running'},
      ${total === 0 ? new Date() : null})
    on conflict (workspace_id, coalesce(rule_id, '00000000-0000-0000-0000-000000000000'::uuid))
      where status = 'running' do nothing
    returning id
  `.execute(ctx.db);
  const id = inserted.rows[0]?.id;
  const row = id
    ? await ctx.db
        .selectFrom('mapping_apply_runs')
        .selectAll()
        .where('workspace_id', '=', ws)
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    : await running();
  if (!row) return err('conflict', 'Another run of this rule just finished; start again');
  return ok(toRun(row));
}

/** A run's progress. */
export async function getApplyRun(ctx: WorkspaceContext, runId: string): Promise<Result<MappingApplyRun>> {
  const row = await ctx.db
    .selectFrom('mapping_apply_runs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', runId)
    .executeTakeFirst();
  return row ? ok(toRun(row)) : err('not_found', 'Run not found', { runId });
}

/** Runs still going on (a restart hands them to the queue again), of some workspaces or all. */
export async function listRunningApplyRuns(
  db: Db,
  workspaceIds?: readonly string[],
): Promise<MappingApplyJob[]> {
  let q = db.selectFrom('mapping_apply_runs').select(['workspace_id', 'id']).where('status', '=', 'running');
  if (workspaceIds) {
    if (workspaceIds.length === 0) return [];
    q = q.where('workspace_id', 'in', workspaceIds);
  }
  const rows = await q.execute();
  return rows.map((r) => ({ workspaceId: r.workspace_id, runId: r.id }));
}

interface StoredEvent {
  event_id: string;
  seq: number;
  type: string;
  channel: string | null;
  url: string | null;
  referrer: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  occurred_at: Date;
  profile_id: string | null;
  revenue: number | null;
}

/**
 * One batch of a run, in one transaction: takes the workspace's event cursor (so the processor and
 * this never interleave), reads the next unmapped events by `seq` after the run's keyset position,
 * gives each the touchpoint today's rules give it, moves the processed ones in the aggregates
 * (`moveTouchpointStats`; the processor counts the others when it gets to them) and saves the new
 * position and progress with them. A crash loses at most the uncommitted batch, which the next
 * attempt repeats from the saved position.
 *
 * @example while ((await applyBatch(db, job)).more);
 */
export async function applyBatch(
  db: Db,
  job: MappingApplyJob,
  batchSize = APPLY_BATCH_SIZE,
): Promise<{ more: boolean }> {
  const ws = job.workspaceId;
  return db.transaction().execute(async (trx) => {
    const cursor = (await lockEventCursor(trx, ws)) ?? 0;
    const run = await trx
      .selectFrom('mapping_apply_runs')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', '=', job.runId)
      .where('status', '=', 'running')
      .forUpdate()
      .executeTakeFirst();
    if (!run) return { more: false };
    const ruleRows = await trx
      .selectFrom('touchpoint_mapping_rules')
      .selectAll()
      .where('workspace_id', '=', ws)
      .orderBy('position')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const rules: (TouchpointRule & { id: string })[] = ruleRows.map(toRule);
    const onlyRule = run.rule_id === null ? null : rules.find((r) => r.id === run.rule_id);
    if (onlyRule === undefined) {
      await finish(trx, run, 'failed', 'the rule was deleted');
      return { more: false };
    }
    const events = await sql<StoredEvent>`
      select event_id, seq, type, channel, url, referrer, utm_source, utm_medium, utm_campaign,
        occurred_at, profile_id, revenue
      from events
      where workspace_id = ${ws} and seq > ${run.after_seq} and seq <= ${run.up_to_seq}
        and touchpoint_id is null
      order by seq
      limit ${batchSize}
    `.execute(trx);
    const processed: RemappedEvent[] = [];
    const pending: { event_id: string; tp: string }[] = [];
    for (const e of events.rows) {
      const tp = touchpointForStoredEvent(rules, onlyRule, {
        type: e.type,
        channel: e.channel,
        url: e.url,
        referrer: e.referrer,
        utmSource: e.utm_source,
        utmMedium: e.utm_medium,
        utmCampaign: e.utm_campaign,
      });
      if (tp === null) continue;
      if (e.seq <= cursor)
        processed.push({
          eventId: e.event_id,
          occurredAt: e.occurred_at,
          type: e.type,
          touchpointId: tp,
          profileId: e.profile_id,
          revenue: e.revenue,
        });
      else pending.push({ event_id: e.event_id, tp });
    }
    const moved = await moveTouchpointStats(trx, ws, processed, cursor);
    let mapped = moved.length;
    if (pending.length) {
      // Not processed yet: the processor counts them under their touchpoint when it gets to them.
      const r = await sql`
        update events e set touchpoint_id = v.tp
        from jsonb_to_recordset(${JSON.stringify(pending)}::jsonb) as v(event_id text, tp uuid)
        where e.workspace_id = ${ws} and e.event_id = v.event_id and e.touchpoint_id is null
          and e.seq > ${cursor}
      `.execute(trx);
      mapped += Number(r.numAffectedRows ?? 0);
    }
    const last = events.rows[events.rows.length - 1];
    const more = events.rows.length === batchSize && last !== undefined;
    await trx
      .updateTable('mapping_apply_runs')
      .set({
        after_seq: last?.seq ?? run.after_seq,
        done: run.done + events.rows.length,
        mapped: run.mapped + mapped,
        updated_at: new Date(),
        ...(!more && { status: 'done' as const, finished_at: new Date() }),
      })
      .where('workspace_id', '=', ws)
      .where('id', '=', run.id)
      .execute();
    return { more };
  });
}

async function finish(trx: Db, run: RunRow, status: 'done' | 'failed', error: string | null) {
  await trx
    .updateTable('mapping_apply_runs')
    .set({ status, error, finished_at: new Date(), updated_at: new Date() })
    .where('workspace_id', '=', run.workspace_id)
    .where('id', '=', run.id)
    .execute();
}

/**
 * Runs batches until the run is done or `until` has passed (a job bounded in time queues its next
 * part); `more` says whether anything is left.
 *
 * @example const { more } = await applyRun(db, job, { until: new Date(Date.now() + 60_000) });
 */
export async function applyRun(
  db: Db,
  job: MappingApplyJob,
  options: { until?: Date; batchSize?: number } = {},
): Promise<{ more: boolean }> {
  for (;;) {
    const { more } = await applyBatch(db, job, options.batchSize);
    if (!more) return { more: false };
    if (options.until && Date.now() >= options.until.getTime()) return { more: true };
  }
}
