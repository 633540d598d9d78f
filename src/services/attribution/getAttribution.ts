import type {
  AttributionDimension,
  AttributionPeriod,
  AttributionQuery,
  AttributionReport,
  AttributionSettings,
} from '../../contract/attribution';
import {
  attributeAll,
  type AttributionOptions,
  type AttributionModelKind,
  type BuiltJourneys,
} from '../../core/attribution';
import { err, ok, type Result } from '../../core/result';
import { resolveDateRange } from '../analytics/dateRange';
import type { WorkspaceContext } from '../context';
import { attributionLabels, campaignsByUtm } from './attributionLabels';
import { getAttributionSettings } from './attributionSettings';
import { scanJourneys } from './scanJourneys';

/** The core's options from the workspace's settings; fixed shares only for keys of this dimension. */
export function modelOptions(
  settings: AttributionSettings,
  dimension: AttributionDimension,
): AttributionOptions {
  const shares = settings.fixedShares.filter((f) => f.dimension === dimension);
  return {
    halfLife: settings.halfLifeDays,
    decayClock: 'days',
    positionWeights: settings.positionWeights,
    markovOrder: settings.markovOrder,
    ...(shares.length > 0 && { fixedShares: Object.fromEntries(shares.map((f) => [f.key, f.share])) }),
  };
}

export interface AttributedPeriod {
  period: AttributionPeriod;
  models: AttributionModelKind[];
  built: BuiltJourneys;
}

/**
 * Every model's credits for one period: the journeys from the event log, the core's models over them,
 * and each key's label and number of converting journeys.
 */
export async function attributePeriod(
  ctx: WorkspaceContext,
  settings: AttributionSettings,
  dimension: AttributionDimension,
  period: { from: string; to: string },
  filters: { persona?: string | undefined; channel?: string | undefined },
  campaignOfUtm: ReadonlyMap<string, string>,
): Promise<Result<AttributedPeriod>> {
  const built = await scanJourneys(ctx, { period, dimension, settings, filters, campaignOfUtm });
  const report = attributeAll(built.journeys, modelOptions(settings, dimension));
  if (!report.ok) return err('validation_failed', report.error.message, { ...report.error.details });
  const journeysWith = new Map<string, number>();
  for (const journey of built.journeys)
    if (journey.conversions > 0)
      for (const key of new Set(journey.touches.map((t) => t.channel)))
        journeysWith.set(key, (journeysWith.get(key) ?? 0) + 1);
  const label = await attributionLabels(
    ctx,
    dimension,
    report.value.channels.map((c) => c.channel),
  );
  const converting = built.journeys.filter((j) => j.conversions > 0).length;
  const rows = report.value.channels
    .map((c) => ({
      key: c.channel,
      label: label(c.channel),
      conversions: c.conversions,
      value: c.value,
      removalEffect: c.removalEffect,
      journeys: journeysWith.get(c.channel) ?? 0,
    }))
    .sort(
      (a, b) => (b.conversions.linear ?? 0) - (a.conversions.linear ?? 0) || a.label.localeCompare(b.label),
    );
  const { totals } = report.value;
  return ok({
    built,
    models: report.value.models.map((m) => m.kind),
    period: {
      from: period.from,
      to: period.to,
      rows,
      totals: {
        journeys: totals.journeys,
        convertingJourneys: converting,
        nullJourneys: totals.journeys - converting,
        touches: totals.touches,
        conversions: totals.conversions,
        value: totals.value,
        untouchedConversions: built.untouched.conversions,
        untouchedValue: built.untouched.value,
      },
    },
  });
}

/**
 * Attribution from the workspace's own events: credit for conversions and value per touchpoint,
 * channel or campaign under every model side by side, for a period (default the last 30 days) and,
 * if asked, a comparison period, with the workspace's settings (conversion types, value, lookback).
 *
 * @example await getAttribution(ctx, { from: '2026-11-01', to: '2026-11-30', dimension: 'channel' })
 */
export async function getAttribution(
  ctx: WorkspaceContext,
  query: AttributionQuery,
): Promise<Result<AttributionReport>> {
  const settings = await getAttributionSettings(ctx);
  const campaignOfUtm =
    query.dimension === 'campaign' ? await campaignsByUtm(ctx) : new Map<string, string>();
  const filters = { persona: query.persona, channel: query.channel };
  const period = resolveDateRange({ from: query.from, to: query.to });
  const main = await attributePeriod(ctx, settings, query.dimension, period, filters, campaignOfUtm);
  if (!main.ok) return main;
  let compare: AttributionPeriod | null = null;
  if (query.compareFrom !== undefined && query.compareTo !== undefined) {
    const other = await attributePeriod(
      ctx,
      settings,
      query.dimension,
      { from: query.compareFrom, to: query.compareTo },
      filters,
      campaignOfUtm,
    );
    if (!other.ok) return other;
    compare = other.value.period;
  }
  return ok({
    ...main.value.period,
    dimension: query.dimension,
    models: main.value.models,
    settings,
    compare,
  });
}
