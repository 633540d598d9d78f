import { z } from 'zod';
import { eventTypeSchema } from '../events/eventVocabulary';
import { computeMailingKpis, zeroCounts, type MailingCounts, type MailingKpis } from '../email/kpis';
import type { KpiDirection } from '../kpiStatus';

/**
 * The catalogue of KPIs Touchpoint computes from live data (docs/imports-and-kpis.md has the exact
 * definitions). Each metric names the aggregate it reads (`source`) and computes its value for a
 * period from those rows alone; the service loads the rows, this module only does arithmetic, so
 * every figure can be checked by hand. Rates are percentages (0-100), as users enter targets.
 * A value that cannot be computed (nothing to divide by) is `null`: no value is stored that day.
 */

/** One row of `daily_touchpoint_stats` (summed over the period). */
export interface TouchpointDay {
  touchpointKey: string;
  eventType: string;
  events: number;
  profiles: number;
  revenue: number;
}

/** `daily_web_stats` summed over the period. */
export interface WebTotals {
  pageViews: number;
  visits: number;
  bouncedVisits: number;
  uniqueVisitors: number;
  newVisitors: number;
  returningVisitors: number;
  conversions: number;
}

/** The rows a metric reads, loaded by the service for its `source` only. */
export interface MetricData {
  touchpointStats: TouchpointDay[];
  web: WebTotals;
  /** Conversions per conversion point (`daily_conversion_stats`). */
  conversionPoints: Record<string, number>;
  /** Page views that arrived from a social network (channel `social` or `paid_social`). */
  socialVisits: number;
  /** Replies to social interactions: how many, and their response times summed up in hours. */
  socialReplies: { count: number; totalHours: number };
  /** Counters of the mailings sent in the period. */
  mailing: MailingCounts;
}

export const emptyMetricData = (): MetricData => ({
  touchpointStats: [],
  web: {
    pageViews: 0,
    visits: 0,
    bouncedVisits: 0,
    uniqueVisitors: 0,
    newVisitors: 0,
    returningVisitors: 0,
    conversions: 0,
  },
  conversionPoints: {},
  socialVisits: 0,
  socialReplies: { count: 0, totalHours: 0 },
  mailing: zeroCounts(),
});

export type MetricSource =
  | 'touchpoint_stats'
  | 'web_stats'
  | 'conversion_stats'
  | 'social_visits'
  | 'social_replies'
  | 'mailing_stats';

/** What a KPI's computation knows besides the data: its touchpoint and its parameters. */
export interface MetricScope {
  touchpointId: string;
  params: Record<string, unknown>;
}

export interface MetricDefinition {
  key: string;
  unit: string;
  direction: KpiDirection;
  source: MetricSource;
  /** The parameters the metric takes; validated when a KPI is saved. */
  params: z.ZodType<Record<string, unknown>>;
  description: string;
  compute(data: MetricData, scope: MetricScope): number | null;
}

const noParams = z.strictObject({});
const eventTypeParams = z.strictObject({ eventType: eventTypeSchema.optional() });
const touchpointOnlyParams = z.strictObject({ touchpointOnly: z.boolean().optional() });
const conversionParams = z.strictObject({ conversionPoint: z.string().trim().min(1).max(200).optional() });

const percent = (numerator: number, denominator: number): number | null =>
  denominator > 0 ? (numerator / denominator) * 100 : null;
const cents = (x: number) => Math.round(x * 100) / 100;

/** The KPI touchpoint's rows, of one event type when the KPI names one. */
function touchpointRows(data: MetricData, scope: MetricScope): TouchpointDay[] {
  const type = scope.params.eventType;
  return data.touchpointStats.filter(
    (r) => r.touchpointKey === scope.touchpointId && (type === undefined || r.eventType === type),
  );
}
const sum = (rows: TouchpointDay[], pick: (r: TouchpointDay) => number) =>
  rows.reduce((n, r) => n + pick(r), 0);

function conversions(data: MetricData, scope: MetricScope): number {
  const point = scope.params.conversionPoint;
  return typeof point === 'string' ? (data.conversionPoints[point] ?? 0) : data.web.conversions;
}

function emailMetric(
  key: keyof MailingKpis,
  description: string,
  direction: KpiDirection = 'higher_is_better',
): MetricDefinition {
  return {
    key: `email.${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
    unit: key === 'delivered' ? 'mails' : '%',
    direction,
    source: 'mailing_stats',
    params: touchpointOnlyParams,
    description,
    compute: (data) => {
      const v = computeMailingKpis(data.mailing)[key];
      if (v === null) return null;
      return key === 'delivered' ? v : v * 100;
    },
  };
}

export const metricCatalogue: readonly MetricDefinition[] = [
  {
    key: 'touchpoint.events',
    unit: 'events',
    direction: 'higher_is_better',
    source: 'touchpoint_stats',
    params: eventTypeParams,
    description: 'Events mapped to the KPI’s touchpoint (of `eventType` when given).',
    compute: (d, s) => sum(touchpointRows(d, s), (r) => r.events),
  },
  {
    key: 'touchpoint.profiles',
    unit: 'people',
    direction: 'higher_is_better',
    source: 'touchpoint_stats',
    params: eventTypeParams,
    description:
      'People with an event at the touchpoint, counted once per day and event type (exact for one day and one `eventType`; otherwise a person with two kinds of interaction counts twice).',
    compute: (d, s) => sum(touchpointRows(d, s), (r) => r.profiles),
  },
  {
    key: 'touchpoint.revenue',
    unit: 'revenue',
    direction: 'higher_is_better',
    source: 'touchpoint_stats',
    params: eventTypeParams,
    description: 'Revenue of the events at the touchpoint, in the currency the events carry.',
    compute: (d, s) => cents(sum(touchpointRows(d, s), (r) => r.revenue)),
  },
  {
    key: 'web.page_views',
    unit: 'page views',
    direction: 'higher_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Page views of the website.',
    compute: (d) => d.web.pageViews,
  },
  {
    key: 'web.visits',
    unit: 'visits',
    direction: 'higher_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Visits (sessions) that started in the period.',
    compute: (d) => d.web.visits,
  },
  {
    key: 'web.unique_visitors',
    unit: 'visitors',
    direction: 'higher_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Distinct visitors per day (over several days the daily figures are added).',
    compute: (d) => d.web.uniqueVisitors,
  },
  {
    key: 'web.new_visitors',
    unit: 'visitors',
    direction: 'higher_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Visitors whose first visit ever falls on the day.',
    compute: (d) => d.web.newVisitors,
  },
  {
    key: 'web.returning_share',
    unit: '%',
    direction: 'higher_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Returning visitors ÷ unique visitors × 100.',
    compute: (d) => percent(d.web.returningVisitors, d.web.uniqueVisitors),
  },
  {
    key: 'web.bounce_rate',
    unit: '%',
    direction: 'lower_is_better',
    source: 'web_stats',
    params: noParams,
    description: 'Absprungrate: visits with exactly one page view ÷ visits × 100.',
    compute: (d) => percent(d.web.bouncedVisits, d.web.visits),
  },
  {
    key: 'web.conversions',
    unit: 'conversions',
    direction: 'higher_is_better',
    source: 'conversion_stats',
    params: conversionParams,
    description: 'Conversions (of `conversionPoint` when given).',
    compute: (d, s) => conversions(d, s),
  },
  {
    key: 'web.conversion_rate',
    unit: '%',
    direction: 'higher_is_better',
    source: 'conversion_stats',
    params: conversionParams,
    description: 'Conversions (of `conversionPoint` when given) ÷ visits × 100.',
    compute: (d, s) => percent(conversions(d, s), d.web.visits),
  },
  {
    key: 'social.interactions',
    unit: 'interactions',
    direction: 'higher_is_better',
    source: 'touchpoint_stats',
    params: touchpointOnlyParams,
    description:
      'Interaktionen: `social_interaction` events (likes, comments, shares, messages) of all touchpoints, or of the KPI’s touchpoint with `touchpointOnly`.',
    compute: (d, s) =>
      sum(
        d.touchpointStats.filter(
          (r) =>
            r.eventType === 'social_interaction' &&
            (s.params.touchpointOnly !== true || r.touchpointKey === s.touchpointId),
        ),
        (r) => r.events,
      ),
  },
  {
    key: 'social.traffic_to_website',
    unit: 'visits',
    direction: 'higher_is_better',
    source: 'social_visits',
    params: noParams,
    description:
      'Traffic auf die Website: page views whose channel is `social` or `paid_social` (landings from a social network).',
    compute: (d) => d.socialVisits,
  },
  {
    key: 'social.response_time_hours',
    unit: 'hours',
    direction: 'lower_is_better',
    source: 'social_replies',
    params: noParams,
    description:
      'Reaktionszeit: mean hours from a `social_interaction` to the `social_interaction` whose property `in_reply_to` names its event id, for replies in the period.',
    compute: (d) =>
      d.socialReplies.count > 0
        ? Math.round((d.socialReplies.totalHours / d.socialReplies.count) * 100) / 100
        : null,
  },
  emailMetric(
    'delivered',
    'Zugestellte Mails: sent − hard bounces − soft bounces, of the mailings sent in the period.',
  ),
  emailMetric('openRate', 'Öffnungsrate absolut: opens ÷ delivered × 100.'),
  emailMetric('uniqueOpenRate', 'Öffnungsrate unique: unique opens ÷ delivered × 100.'),
  emailMetric('clickRate', 'Klickrate absolut: clicks ÷ delivered × 100.'),
  emailMetric('uniqueClickRate', 'Klickrate unique: unique clicks ÷ delivered × 100.'),
  emailMetric('clickToOpenRate', 'Click-to-open rate: unique clicks ÷ unique opens × 100.'),
  emailMetric(
    'unsubscribeRate',
    'Abmelderate: unsubscribes ÷ delivered × 100 (should stay below 1 %).',
    'lower_is_better',
  ),
  emailMetric('hardBounceRate', 'Hard-Bouncerate: hard bounces ÷ sent × 100.', 'lower_is_better'),
  emailMetric('softBounceRate', 'Soft-Bouncerate: soft bounces ÷ sent × 100.', 'lower_is_better'),
];

export const metricKeys = metricCatalogue.map((m) => m.key);

/** @example metricByKey('web.visits')?.unit // 'visits' */
export function metricByKey(key: string): MetricDefinition | undefined {
  return metricCatalogue.find((m) => m.key === key);
}

/**
 * The value of a metric for a KPI from loaded rows.
 * @example computeMetric('web.bounce_rate', { ...emptyMetricData(), web: { ...w, visits: 4, bouncedVisits: 1 } }, scope) // 25
 */
export function computeMetric(key: string, data: MetricData, scope: MetricScope): number | null {
  const m = metricByKey(key);
  if (!m) return null;
  const v = m.compute(data, scope);
  return v === null || !Number.isFinite(v) ? null : v;
}
