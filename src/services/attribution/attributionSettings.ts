import type { Selectable } from 'kysely';
import {
  defaultAttributionSettings,
  type AttributionSettings,
  type AttributionSettingsInput,
} from '../../contract/attribution';
import type { AttributionSettingsTable } from '../../db/schema';
import { inTransaction } from '../../db/transaction';
import { recordHistory } from '../audit';
import type { WorkspaceContext } from '../context';

function toSettings(r: Selectable<AttributionSettingsTable>): AttributionSettings {
  return {
    conversionEventTypes: r.conversion_event_types,
    valueSource: r.value_source,
    valueProperty: r.value_property,
    lookbackDays: r.lookback_days,
    touchEventTypes: r.touch_event_types,
    collapseRepeats: r.collapse_repeats,
    halfLifeDays: r.half_life_days,
    positionWeights: { first: r.position_first, middle: r.position_middle, last: r.position_last },
    markovOrder: r.markov_order,
    fixedShares: Array.isArray(r.fixed_shares) ? (r.fixed_shares as AttributionSettings['fixedShares']) : [],
    updatedAt: r.updated_at.toISOString(),
  };
}

/**
 * The workspace's attribution settings, or the defaults while it has none of its own.
 * @example const { lookbackDays } = await getAttributionSettings(ctx);
 */
export async function getAttributionSettings(ctx: WorkspaceContext): Promise<AttributionSettings> {
  const row = await ctx.db
    .selectFrom('attribution_settings')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .executeTakeFirst();
  return row ? toSettings(row) : defaultAttributionSettings;
}

/**
 * Replaces the workspace's attribution settings (validated by the contract) and records the change.
 * @example await putAttributionSettings(ctx, { ...settings, lookbackDays: 60 })
 */
export async function putAttributionSettings(
  ctx: WorkspaceContext,
  input: AttributionSettingsInput,
): Promise<AttributionSettings> {
  const values = {
    conversion_event_types: [...new Set(input.conversionEventTypes)],
    value_source: input.valueSource,
    value_property: input.valueSource === 'property' ? input.valueProperty : null,
    lookback_days: input.lookbackDays,
    touch_event_types: [...new Set(input.touchEventTypes)],
    collapse_repeats: input.collapseRepeats,
    half_life_days: input.halfLifeDays,
    position_first: input.positionWeights.first,
    position_middle: input.positionWeights.middle,
    position_last: input.positionWeights.last,
    markov_order: input.markovOrder,
    fixed_shares: JSON.stringify(input.fixedShares),
    updated_at: new Date(),
  };
  await inTransaction(ctx.db, async (trx) => {
    await trx
      .insertInto('attribution_settings')
      .values({ workspace_id: ctx.workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute();
    await recordHistory(
      ctx,
      { entityType: 'attribution_settings', entityId: null, action: 'updated', changes: { ...input } },
      trx,
    );
  });
  return getAttributionSettings(ctx);
}
