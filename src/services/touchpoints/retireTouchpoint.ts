import type { Touchpoint } from '../../contract/touchpoints';
import { err, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { deleteWithHistory } from '../deleteWithHistory';
import type { Deleted } from '../../contract/common';
import { getTouchpoint } from './listTouchpoints';

export async function retireTouchpoint(
  ctx: WorkspaceContext,
  id: string,
  reason: string | undefined,
): Promise<Result<Touchpoint>> {
  const row = await ctx.db
    .updateTable('touchpoints')
    .set({ retired_at: new Date(), retired_reason: reason ?? '', updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Touchpoint not found', { id });
  await recordHistory(ctx, {
    entityType: 'touchpoint',
    entityId: id,
    action: 'retired',
    changes: { reason: reason ?? '' },
  });
  return getTouchpoint(ctx, id);
}

export async function restoreTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Touchpoint>> {
  const row = await ctx.db
    .updateTable('touchpoints')
    .set({ retired_at: null, retired_reason: null, updated_at: new Date() })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  if (!row) return err('not_found', 'Touchpoint not found', { id });
  await recordHistory(ctx, { entityType: 'touchpoint', entityId: id, action: 'restored' });
  return getTouchpoint(ctx, id);
}

export async function deleteTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'touchpoints', id, 'Touchpoint');
}

/** Ticks or unticks a maturity criterion; the as-is maturity follows from the ticked items (seed 000). */
