import type { ConversionPointName } from '../../contract/analytics';
import { ok, type Result } from '../../core/result';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

/** The names this workspace gave its conversion points, by key. */
export async function listConversionPointNames(ctx: WorkspaceContext): Promise<ConversionPointName[]> {
  const rows = await ctx.db
    .selectFrom('conversion_point_names')
    .select(['conversion_point', 'name'])
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('conversion_point')
    .execute();
  return rows.map((r) => ({ conversionPoint: r.conversion_point, name: r.name }));
}

/**
 * Names a conversion point (the key a form or `touchpoint('conversion', key)` sends); an empty name
 * takes the name away, so the screens show the key again.
 * @example await nameConversionPoint(ctx, 'rueckrufbitte', 'Rückrufbitte')
 */
export async function nameConversionPoint(
  ctx: WorkspaceContext,
  conversionPoint: string,
  name: string,
): Promise<Result<ConversionPointName>> {
  if (name === '')
    await ctx.db
      .deleteFrom('conversion_point_names')
      .where('workspace_id', '=', ctx.workspaceId)
      .where('conversion_point', '=', conversionPoint)
      .execute();
  else
    await ctx.db
      .insertInto('conversion_point_names')
      .values({ workspace_id: ctx.workspaceId, conversion_point: conversionPoint, name })
      .onConflict((oc) => oc.columns(['workspace_id', 'conversion_point']).doUpdateSet({ name }))
      .execute();
  await recordHistory(ctx, {
    entityType: 'conversion_point',
    entityId: null,
    action: name === '' ? 'unnamed' : 'named',
    changes: { conversionPoint, name },
  });
  return ok({ conversionPoint, name });
}
