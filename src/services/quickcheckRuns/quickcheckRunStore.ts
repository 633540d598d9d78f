import {
  type QuickcheckRun,
  type QuickcheckRunInput,
  type QuickcheckRunSummary,
} from '../../contract/quickcheck';
import { quickcheckLabels, scoreQuickcheck, type QuickcheckLabelKey } from '../../core/quickcheck';
import { err, ok, type Result } from '../../core/result';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { deleteWithHistory } from '../deleteWithHistory';
import type { Deleted } from '../../contract/common';
import { toRun } from './quickcheckRunRows';

/**
 * Scores a Quickcheck and saves it in the workspace with its author and date.
 *
 * @example
 * const run = await runQuickcheck(ctx, { answers: Array(14).fill('wichtig'), name: 'Workshop März' });
 * // run.value.results[0] → { rank: 1, interface: ..., percent: ..., label: ..., key: ..., phases: [...] }
 */
export async function runQuickcheck(
  ctx: WorkspaceContext,
  input: QuickcheckRunInput,
): Promise<Result<QuickcheckRun>> {
  const scored = scoreQuickcheck(input.answers);
  if (!scored.ok)
    return { ok: false, error: { ...scored.error, details: { field: 'answers', ...scored.error.details } } };
  const row = await inTransaction(ctx.db, async (trx) => {
    const inserted = await trx
      .insertInto('quickcheck_runs')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name ?? '',
        answers: JSON.stringify(input.answers),
        results: JSON.stringify(scored.value),
        created_by: ctx.actor.userId,
        created_by_name: ctx.actor.label,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      {
        entityType: 'quickcheck_run',
        entityId: inserted.id,
        action: 'created',
        changes: { name: inserted.name },
      },
      trx,
    );
    return inserted;
  });
  return ok(toRun(row));
}

/** The saved runs of the workspace, newest first, each with its best three interfaces. */
export async function listQuickcheckRuns(ctx: WorkspaceContext): Promise<QuickcheckRunSummary[]> {
  const rows = await ctx.db
    .selectFrom('quickcheck_runs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const run = toRun(r);
    const labelCounts = Object.fromEntries(quickcheckLabels.map((label) => [label.key, 0])) as Record<
      QuickcheckLabelKey,
      number
    >;
    for (const result of run.results) labelCounts[result.labelKey] += 1;
    return {
      id: run.id,
      name: run.name,
      createdAt: run.createdAt,
      createdByName: run.createdByName,
      top: run.results.slice(0, 3).map((result) => ({
        rank: result.rank,
        interface: result.interface,
        percent: result.percent,
        label: result.label,
      })),
      labelCounts,
    };
  });
}

export async function getQuickcheckRun(ctx: WorkspaceContext, id: string): Promise<Result<QuickcheckRun>> {
  const row = await ctx.db
    .selectFrom('quickcheck_runs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toRun(row)) : err('not_found', 'Quickcheck run not found', { id });
}

/** Deletes a run; touchpoints adopted from it stay and lose their link to it. */
export async function deleteQuickcheckRun(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'quickcheck_runs', id, 'Quickcheck run');
}
