import type { SwotMeasure } from '../../contract/strategy';
import { err, ok, type Result } from '../../core/result';
import { swotMeasureDraft } from '../../core/strategy';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';
import { createMeasure } from '../measures';
import { toSwotEntry } from './swotEntries';

/**
 * "→ Maßnahme": turns a SWOT entry into a measure of the action plan, titled with its text and on its
 * touchpoint, and links the two. An entry that is a measure already answers conflict with that measure's id.
 * @example const made = await swotEntryToMeasure(ctx, id); // ok({ entry, measure })
 */
export async function swotEntryToMeasure(ctx: WorkspaceContext, id: string): Promise<Result<SwotMeasure>> {
  return inTransaction(ctx.db, async (trx): Promise<Result<SwotMeasure>> => {
    const inTrx = { ...ctx, db: trx };
    // The row lock makes a second click (or a second workshop participant) wait and then see the link.
    const row = await trx
      .selectFrom('swot_entries')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) return err('not_found', 'SWOT entry not found', { id });
    if (row.measure_id !== null)
      return err('conflict', 'This SWOT entry is a measure already', { measureId: row.measure_id });
    const measure = await createMeasure(inTrx, swotMeasureDraft(toSwotEntry(row)));
    if (!measure.ok) return measure;
    const linked = await trx
      .updateTable('swot_entries')
      .set({ measure_id: measure.value.id, updated_at: new Date() })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      inTrx,
      {
        entityType: 'swot_entry',
        entityId: id,
        action: 'turned_into_measure',
        changes: { measureId: measure.value.id },
      },
      trx,
    );
    return ok({ entry: toSwotEntry(linked), measure: measure.value });
  });
}
