import { sql } from 'kysely';
import { SUGGESTION_DAYS, type MappingSuggestions } from '../../contract/mapping';
import { suggestMappingRules, type UnmappedTraffic } from '../../core/mapping/suggestMappingRules';
import type { WorkspaceContext } from '../context';
import { mappingRulesFor } from './mappingRules';

interface TrafficRow {
  host: string | null;
  segment: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  channel: string | null;
  no_url: boolean | null;
  g_host: number;
  g_segment: number;
  g_utm: number;
  g_channel: number;
  events: number;
  people: number;
}

/** Rows of the grouping sets below, as the core's traffic; the groups of a missing value are dropped. */
function trafficOf(r: TrafficRow): UnmappedTraffic | null {
  const counts = { events: r.events, people: r.people };
  if (r.g_host === 0 && r.g_segment === 0)
    return r.host && r.segment ? { kind: 'path', host: r.host, segment: r.segment, ...counts } : null;
  if (r.g_host === 0) return r.host ? { kind: 'host', host: r.host, ...counts } : null;
  if (r.g_utm === 0)
    return r.utm_source ? { kind: 'utm', utmSource: r.utm_source, utmMedium: r.utm_medium, ...counts } : null;
  if (r.g_channel === 0 && r.no_url && r.channel) return { kind: 'channel', channel: r.channel, ...counts };
  return null;
}

/**
 * Rules worth writing for the events of the last 30 days that no rule maps, with the touchpoint that
 * fits each best (`suggestMappingRules`). One pass over the period's unmapped events (index
 * `events_time`), counted by host, host and first path segment, UTM source and medium, and the
 * channel of events without a page, in one `GROUPING SETS` query.
 *
 * @example const { suggestions } = await getMappingSuggestions(ctx);
 */
export async function getMappingSuggestions(
  ctx: WorkspaceContext,
  now: Date = new Date(),
): Promise<MappingSuggestions> {
  const since = new Date(now.getTime() - SUGGESTION_DAYS * 86_400_000);
  const [rows, touchpoints, rules] = await Promise.all([
    sql<TrafficRow>`
      with ev as (
        select
          lower(substring(url from '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)')) as host,
          lower(substring(url from '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]+/([^/?#]+)')) as segment,
          utm_source, utm_medium, channel, url is null as no_url,
          coalesce(profile_id::text, anonymous_id, user_id) as person
        from events
        where workspace_id = ${ctx.workspaceId} and occurred_at >= ${since} and touchpoint_id is null
      )
      select host, segment, utm_source, utm_medium, channel, no_url,
        grouping(host)::int as g_host, grouping(segment)::int as g_segment,
        grouping(utm_source)::int as g_utm, grouping(channel)::int as g_channel,
        count(*)::int as events, count(distinct person)::int as people
      from ev
      group by grouping sets ((host), (host, segment), (utm_source, utm_medium), (channel, no_url))
    `.execute(ctx.db),
    ctx.db
      .selectFrom('touchpoints')
      .select(['id', 'name', 'catalogue_key', 'type'])
      .where('workspace_id', '=', ctx.workspaceId)
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    mappingRulesFor(ctx.db, ctx.workspaceId),
  ]);
  const traffic = rows.rows.flatMap((r) => trafficOf(r) ?? []);
  const unmappedEvents = rows.rows
    .filter((r) => r.g_channel === 0 && r.g_host === 1 && r.g_utm === 1)
    .reduce((n, r) => n + r.events, 0);
  const candidates = touchpoints.map((t) => ({
    id: t.id,
    name: t.name,
    catalogueKey: t.catalogue_key,
    type: t.type,
  }));
  const nameOf = new Map(candidates.map((t) => [t.id, t.name]));
  const suggestions = suggestMappingRules(traffic, candidates, rules).map((s) => ({
    ...s,
    touchpointName: s.touchpointId === null ? null : (nameOf.get(s.touchpointId) ?? null),
  }));
  return { since: since.toISOString(), unmappedEvents, suggestions };
}
