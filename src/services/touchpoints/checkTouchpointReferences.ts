import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';

/**
 * Phase, persona and Quickcheck run ids must exist in this workspace (phases in any of its journey models);
 * another workspace's ids are as unknown as made-up ones.
 */
export async function checkReferences(
  ctx: WorkspaceContext,
  input: { phaseIds?: string[]; personaIds?: string[]; quickcheckRunId?: string },
): Promise<Result<true>> {
  if (input.quickcheckRunId) {
    const run = await ctx.db
      .selectFrom('quickcheck_runs')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', input.quickcheckRunId)
      .executeTakeFirst();
    if (!run)
      return err('validation_failed', 'Unknown Quickcheck run', {
        field: 'quickcheckRunId',
        missing: [input.quickcheckRunId],
      });
  }
  if (input.phaseIds?.length) {
    const found = await ctx.db
      .selectFrom('phases')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', input.phaseIds)
      .execute();
    const missing = input.phaseIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) return err('validation_failed', 'Unknown phase', { field: 'phaseIds', missing });
  }
  if (input.personaIds?.length) {
    const found = await ctx.db
      .selectFrom('personas')
      .select('id')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', 'in', input.personaIds)
      .execute();
    const missing = input.personaIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) return err('validation_failed', 'Unknown persona', { field: 'personaIds', missing });
  }
  return ok(true);
}
