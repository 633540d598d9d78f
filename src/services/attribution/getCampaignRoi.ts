import type { CampaignRoi, CampaignRoiQuery } from '../../contract/campaigns';
import { campaignReturn } from '../../core/attribution';
import { ok, type Result } from '../../core/result';
import { resolveDateRange } from '../analytics/dateRange';
import type { WorkspaceContext } from '../context';
import { campaignsByUtm } from './attributionLabels';
import { getAttributionSettings } from './attributionSettings';
import { listCampaigns } from './campaigns';
import { attributePeriod } from './getAttribution';

/**
 * Revenue marketing per campaign: its cost, the conversions and revenue the chosen model attributes to
 * it in the period (campaign dimension), its ROI = (revenue - cost) / cost and cost per conversion. A
 * campaign without a cost has no ROI (`gap: 'no_cost'`), never Infinity or NaN.
 *
 * @example await getCampaignRoi(ctx, { from: '2026-11-01', to: '2026-11-30', model: 'position_based' })
 */
export async function getCampaignRoi(
  ctx: WorkspaceContext,
  query: CampaignRoiQuery,
): Promise<Result<CampaignRoi>> {
  const [settings, campaigns, campaignOfUtm] = await Promise.all([
    getAttributionSettings(ctx),
    listCampaigns(ctx),
    campaignsByUtm(ctx),
  ]);
  const period = resolveDateRange({ from: query.from, to: query.to });
  const attributed = await attributePeriod(
    ctx,
    settings,
    'campaign',
    period,
    { persona: query.persona, channel: query.channel },
    campaignOfUtm,
  );
  if (!attributed.ok) return attributed;
  const rowOf = new Map(attributed.value.period.rows.map((r) => [r.key, r]));
  // The fixed-share model runs only with shares for campaigns; without, it credits no one.
  const credit = (key: string) => {
    const row = rowOf.get(key);
    return { conversions: row?.conversions[query.model] ?? 0, revenue: row?.value[query.model] ?? 0 };
  };
  const rows = campaigns.map((c) => {
    const { conversions, revenue } = credit(c.id);
    return {
      id: c.id,
      name: c.name,
      channel: c.channel,
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      costEur: c.costEur,
      conversions,
      revenue,
      ...campaignReturn(c.costEur, conversions, revenue),
    };
  });
  const unclaimedKeys = attributed.value.period.rows.filter((r) => r.key.startsWith('utm:'));
  const costed = rows.filter((r) => r.costEur !== null);
  const cost = costed.reduce((sum, r) => sum + (r.costEur ?? 0), 0);
  const revenue = costed.reduce((sum, r) => sum + r.revenue, 0);
  return ok({
    from: period.from,
    to: period.to,
    model: query.model,
    campaigns: rows,
    unclaimed: {
      conversions: unclaimedKeys.reduce((sum, r) => sum + (r.conversions[query.model] ?? 0), 0),
      revenue: unclaimedKeys.reduce((sum, r) => sum + (r.value[query.model] ?? 0), 0),
      keys: unclaimedKeys.map((r) => r.label),
    },
    totals: {
      costEur: cost,
      conversions: costed.reduce((sum, r) => sum + r.conversions, 0),
      revenue,
      roi: cost > 0 ? (revenue - cost) / cost : null,
    },
    journeys: attributed.value.period.totals.convertingJourneys,
  });
}
