import { sql } from 'kysely';
import type { BestTimes, EditorialChannel } from '../../contract/editorialPlan';
import { findBestSlots, type HourOfWeekCount } from '../../core/editorialPlan/findBestSlots';
import { assertUnreachable, err, ok, type Result } from '../../core/result';
import { isKnownTimeZone } from '../../core/sla/zonedTime';
import type { WorkspaceContext } from '../context';
import { listEditorialChannels } from './editorialChannels';

const DAY_MS = 86_400_000;

/**
 * When each channel's audience is active, from the workspace's own events of the last `days` days, as
 * hour-of-week counts read in `timeZone`:
 * - a social network: its `social_interaction` events (the `platform` property names the network),
 *   without the company's own replies (`kind: reply`), plus page views that came from it
 *   (`utm_source`): interactions and clicks;
 * - e-mail: opens and clicks;
 * - web: page views, of the channel's touchpoint when it has one;
 * - none: not measured, so no advice at all.
 * One grouped scan per channel over the `(workspace_id, occurred_at)` index.
 *
 * @example await getBestTimes(ctx, { timeZone: 'Europe/Berlin', days: 90 })
 */
export async function getBestTimes(
  ctx: WorkspaceContext,
  query: { timeZone: string; days: number },
  now = new Date(),
): Promise<Result<BestTimes>> {
  if (!isKnownTimeZone(query.timeZone))
    return err('validation_failed', `timeZone: unknown time zone ${query.timeZone}`, { field: 'timeZone' });
  const from = new Date(now.getTime() - query.days * DAY_MS);
  const channels = await listEditorialChannels(ctx);
  const results = await Promise.all(
    channels.map(async (c) => {
      const counts = await countByHourOfWeek(ctx, c, from, now, query.timeZone);
      return {
        channelId: c.id,
        channelName: c.name,
        measuredBy: c.measuredBy,
        result: counts === null ? { status: 'not_measured' as const } : findBestSlots(counts),
      };
    }),
  );
  return ok({ timeZone: query.timeZone, from: from.toISOString(), to: now.toISOString(), channels: results });
}

async function countByHourOfWeek(
  ctx: WorkspaceContext,
  channel: EditorialChannel,
  from: Date,
  to: Date,
  timeZone: string,
): Promise<HourOfWeekCount[] | null> {
  const local = sql`e.occurred_at at time zone ${timeZone}`;
  let q = ctx.db
    .selectFrom('events as e')
    .select((eb) => [
      sql<number>`extract(isodow from ${local})::int`.as('weekday'),
      sql<number>`extract(hour from ${local})::int`.as('hour'),
      eb.fn.countAll<string>().as('count'),
    ])
    .where('e.workspace_id', '=', ctx.workspaceId)
    .where('e.occurred_at', '>=', from)
    .where('e.occurred_at', '<', to);
  const network = channel.network.toLowerCase();
  switch (channel.measuredBy) {
    case 'none':
      return null;
    case 'social':
      if (!network) return null;
      q = q.where((eb) =>
        eb.or([
          eb.and([
            eb('e.type', '=', 'social_interaction'),
            eb(sql`lower(e.properties ->> 'platform')`, '=', network),
            eb(sql`coalesce(e.properties ->> 'kind', '')`, '<>', 'reply'),
          ]),
          eb.and([eb('e.type', '=', 'page_view'), eb(sql`lower(e.utm_source)`, '=', network)]),
        ]),
      );
      break;
    case 'email':
      q = q.where('e.type', 'in', ['email_open', 'email_click']);
      break;
    case 'web':
      q = q.where('e.type', '=', 'page_view');
      if (channel.touchpointId) q = q.where('e.touchpoint_id', '=', channel.touchpointId);
      break;
    default:
      return assertUnreachable(channel.measuredBy);
  }
  // By position: the time zone is a parameter, and two parameters are never the same expression.
  const rows = await q.groupBy([sql`1`, sql`2`]).execute();
  return rows.map((r) => ({ weekday: Number(r.weekday), hour: Number(r.hour), count: Number(r.count) }));
}
