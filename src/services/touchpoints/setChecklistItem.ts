import { inTransaction } from '../../db/transaction';
import type { Touchpoint } from '../../contract/touchpoints';
import { deriveMaturity, maturityCriteria } from '../../core/catalogue';
import { err, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { getTouchpoint } from './listTouchpoints';

export async function setChecklistItem(
  ctx: WorkspaceContext,
  id: string,
  input: { criterionKey: string; checked: boolean },
): Promise<Result<Touchpoint>> {
  const current = await getTouchpoint(ctx, id);
  if (!current.ok) return current;
  const kind = current.value.checklistKind;
  if (!kind)
    return err('validation_failed', 'This touchpoint has no maturity checklist', { field: 'checklistKind' });
  const criterion = maturityCriteria.find((c) => c.key === input.criterionKey && c.kind === kind);
  if (!criterion)
    return err('validation_failed', `Not a criterion of the ${kind} checklist`, {
      field: 'criterionKey',
      value: input.criterionKey,
    });
  const checked = new Set(current.value.checklist.checkedKeys);
  if (input.checked) checked.add(input.criterionKey);
  else checked.delete(input.criterionKey);
  const maturity = deriveMaturity(kind, checked);
  await inTransaction(ctx.db, async (trx) => {
    if (input.checked)
      await trx
        .insertInto('touchpoint_checklist')
        .values({
          workspace_id: ctx.workspaceId,
          touchpoint_id: id,
          criterion_key: input.criterionKey,
          checked_by: ctx.actor.label,
        })
        .onConflict((oc) => oc.columns(['workspace_id', 'touchpoint_id', 'criterion_key']).doNothing())
        .execute();
    else
      await trx
        .deleteFrom('touchpoint_checklist')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('touchpoint_id', '=', id)
        .where('criterion_key', '=', input.criterionKey)
        .execute();
    await trx
      .updateTable('touchpoints')
      .set({
        current_maturity: maturity,
        current_assessed_by: ctx.actor.label,
        current_assessed_at: new Date(),
        updated_at: new Date(),
      })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .execute();
    await recordHistory(
      ctx,
      {
        entityType: 'touchpoint',
        entityId: id,
        action: input.checked ? 'criterion_checked' : 'criterion_unchecked',
        changes: { criterionKey: input.criterionKey, maturity },
      },
      trx,
    );
  });
  return getTouchpoint(ctx, id);
}
