import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';

/**
 * Checks that a touchpoint named in a request belongs to the workspace; null (no touchpoint) passes.
 * @example const ref = await checkTouchpointRef(ctx, input.touchpointId); if (!ref.ok) return ref;
 */
export async function checkTouchpointRef(
  ctx: WorkspaceContext,
  touchpointId: string | null | undefined,
): Promise<Result<true>> {
  if (touchpointId === null || touchpointId === undefined) return ok(true);
  const found = await ctx.db
    .selectFrom('touchpoints')
    .select('id')
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', touchpointId)
    .executeTakeFirst();
  return found
    ? ok(true)
    : err('validation_failed', 'touchpointId: unknown touchpoint', { field: 'touchpointId' });
}
