import type { DateRangeQuery, TouchpointActivity } from '../../contract/analytics';
import { UNMAPPED } from '../events/aggregates';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';

type Item = TouchpointActivity['touchpoints'][number];

/**
 * Events, profiles and revenue per touchpoint, day and event type for a date range, busiest
 * touchpoint first. Reads only `daily_touchpoint_stats` (plus the touchpoints' names).
 *
 * @example await getTouchpointActivity(ctx, { from: '2026-03-01', to: '2026-03-31' })
 */
export async function getTouchpointActivity(
  ctx: WorkspaceContext,
  query: DateRangeQuery,
): Promise<TouchpointActivity> {
  const { from, to } = resolveDateRange(query);
  const rows = await ctx.db
    .selectFrom('daily_touchpoint_stats as s')
    .leftJoin('touchpoints as t', (j) =>
      j
        .onRef('t.workspace_id', '=', 's.workspace_id')
        .on((eb) => eb(eb.cast('t.id', 'text'), '=', eb.ref('s.touchpoint_key'))),
    )
    .select(['s.day', 's.touchpoint_key', 's.event_type', 's.events', 's.profiles', 's.revenue', 't.name'])
    .where('s.workspace_id', '=', ctx.workspaceId)
    .where('s.day', '>=', from)
    .where('s.day', '<=', to)
    .orderBy('s.day')
    .orderBy('s.event_type')
    .execute();
  const byKey = new Map<string, Item>();
  for (const r of rows) {
    let item = byKey.get(r.touchpoint_key);
    if (!item) {
      item = {
        touchpointId: r.touchpoint_key === UNMAPPED ? null : r.touchpoint_key,
        touchpointName: r.name,
        events: 0,
        revenue: 0,
        days: [],
      };
      byKey.set(r.touchpoint_key, item);
    }
    const events = Number(r.events);
    const revenue = Number(r.revenue);
    item.events += events;
    item.revenue = Math.round((item.revenue + revenue) * 100) / 100;
    item.days.push({ day: r.day, eventType: r.event_type, events, profiles: Number(r.profiles), revenue });
  }
  const touchpoints = [...byKey.values()].sort((a, b) => b.events - a.events);
  return { from, to, touchpoints };
}
