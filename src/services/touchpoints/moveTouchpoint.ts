import { inTransaction } from '../../db/transaction';
import type { MoveInput, Touchpoint } from '../../contract/touchpoints';
import { err, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { getTouchpoint } from './listTouchpoints';
import { checkReferences } from './checkTouchpointReferences';

/**
 * Moves a touchpoint out of one phase into another (drag and drop on the map). Only those two links
 * change, so two people moving the same card between different columns do not undo each other.
 */
export async function moveTouchpoint(
  ctx: WorkspaceContext,
  id: string,
  input: MoveInput,
): Promise<Result<Touchpoint>> {
  const refs = await checkReferences(ctx, { phaseIds: [input.toPhaseId] });
  if (!refs.ok)
    return { ok: false, error: { ...refs.error, details: { ...refs.error.details, field: 'toPhaseId' } } };
  const moved = await inTransaction(ctx.db, async (trx) => {
    const row = await trx
      .updateTable('touchpoints')
      .set({ updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    if (!row) return false;
    if (input.fromPhaseId)
      await trx
        .deleteFrom('touchpoint_phases')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('touchpoint_id', '=', id)
        .where('phase_id', '=', input.fromPhaseId)
        .execute();
    await trx
      .insertInto('touchpoint_phases')
      .values({ workspace_id: ctx.workspaceId, touchpoint_id: id, phase_id: input.toPhaseId })
      .onConflict((oc) => oc.columns(['workspace_id', 'touchpoint_id', 'phase_id']).doNothing())
      .execute();
    await recordHistory(
      ctx,
      { entityType: 'touchpoint', entityId: id, action: 'moved', changes: input },
      trx,
    );
    return true;
  });
  if (!moved) return err('not_found', 'Touchpoint not found', { id });
  return getTouchpoint(ctx, id);
}
