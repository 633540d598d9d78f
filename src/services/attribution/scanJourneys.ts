import { sql, type RawBuilder } from 'kysely';
import type { AttributionDimension, AttributionSettings } from '../../contract/attribution';
import { journeyBuilder, type BuiltJourneys } from '../../core/attribution';
import { assertUnreachable } from '../../core/result';
import { inTransaction } from '../../db/transaction';
import type { WorkspaceContext } from '../context';

const DAY = 86_400_000;
/** Rows per fetch from the cursor: enough to keep round trips rare, few enough to keep memory flat. */
const FETCH_ROWS = 20_000;

export interface JourneyScan {
  /** ISO days, both included (UTC). */
  period: { from: string; to: string };
  dimension: AttributionDimension;
  settings: AttributionSettings;
  filters: { persona?: string | undefined; channel?: string | undefined };
  /** Lower-cased utm_campaign → campaign id, for the campaign dimension. */
  campaignOfUtm: ReadonlyMap<string, string>;
}

/** The column a touch is keyed by; campaign keys are mapped to campaign ids afterwards. */
function keyColumn(dimension: AttributionDimension): RawBuilder<string | null> {
  switch (dimension) {
    case 'touchpoint':
      return sql`e.touchpoint_id::text`;
    case 'channel':
      return sql`e.channel`;
    case 'campaign':
      return sql`lower(e.utm_campaign)`;
    default:
      return assertUnreachable(dimension);
  }
}

function valueColumn(settings: AttributionSettings): RawBuilder<number> {
  switch (settings.valueSource) {
    case 'revenue':
      return sql`coalesce(e.revenue, 0)::float8`;
    case 'property': {
      const name = settings.valueProperty ?? '';
      // A property that is no number (or is missing) is worth 0 rather than failing the whole analysis.
      return sql`case when jsonb_typeof(e.properties -> ${name}::text) = 'number'
          then (e.properties ->> ${name}::text)::float8
        when (e.properties ->> ${name}::text) ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'
          then trim(e.properties ->> ${name}::text)::float8
        else 0 end`;
    }
    case 'none':
      return sql`0::float8`;
    default:
      return assertUnreachable(settings.valueSource);
  }
}

/**
 * Reads the events of the period (and the lookback window before it) in one scan, ordered by profile
 * and time, through a server-side cursor so a long log is never held in memory at once, and builds the
 * journeys of `journeyBuilder` from them. Only conversions and touches are read: a touch is an event
 * that has a key in the dimension (and a type of `touchEventTypes`, when that is set).
 *
 * @example const built = await scanJourneys(ctx, { period, dimension: 'channel', settings, filters: {}, campaignOfUtm: new Map() });
 */
export async function scanJourneys(ctx: WorkspaceContext, scan: JourneyScan): Promise<BuiltJourneys> {
  const { settings, period, filters } = scan;
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`) + DAY;
  const start = new Date(from - settings.lookbackDays * DAY);
  const key = keyColumn(scan.dimension);
  const touchTypes =
    settings.touchEventTypes.length > 0 ? sql`and e.type = any(${settings.touchEventTypes}::text[])` : sql``;
  const match: RawBuilder<boolean>[] = [];
  if (filters.persona !== undefined)
    match.push(sql`exists (select 1 from touchpoint_personas tpp
      where tpp.workspace_id = e.workspace_id and tpp.touchpoint_id = e.touchpoint_id
        and tpp.persona_id = ${filters.persona}::uuid)`);
  if (filters.channel !== undefined) match.push(sql`e.channel is not distinct from ${filters.channel}::text`);
  const matches = match.length > 0 ? sql.join(match, sql` and `) : sql`true`;
  const builder = journeyBuilder({
    from,
    to,
    lookbackMs: settings.lookbackDays * DAY,
    collapseRepeats: settings.collapseRepeats,
    filtered: match.length > 0,
  });
  const campaignKey = (utm: string) => scan.campaignOfUtm.get(utm) ?? `utm:${utm}`;
  await inTransaction(ctx.db, async (trx) => {
    await sql`declare attribution_scan no scroll cursor for
      select e.profile_id::text as p,
        extract(epoch from e.occurred_at)::float8 * 1000 as t,
        e.type = any(${settings.conversionEventTypes}::text[]) as c,
        ${valueColumn(settings)} as v,
        ${key} as k,
        ${matches} as m
      from events e
      where e.workspace_id = ${ctx.workspaceId}::uuid
        and e.profile_id is not null
        and e.occurred_at >= ${start.toISOString()}::timestamptz
        and e.occurred_at < ${new Date(to).toISOString()}::timestamptz
        and (e.type = any(${settings.conversionEventTypes}::text[]) or (${key} is not null ${touchTypes}))
      order by e.profile_id, e.occurred_at, e.seq`.execute(trx);
    for (;;) {
      const { rows } = await sql<{
        p: string;
        t: number;
        c: boolean;
        v: number;
        k: string | null;
        m: boolean;
      }>`
        fetch ${sql.raw(String(FETCH_ROWS))} from attribution_scan`.execute(trx);
      for (const r of rows)
        builder.add({
          profileId: r.p,
          time: r.t,
          conversion: r.c,
          value: r.v,
          key: r.k === null || scan.dimension !== 'campaign' ? r.k : campaignKey(r.k),
          matches: r.m,
        });
      if (rows.length < FETCH_ROWS) break;
    }
    await sql`close attribution_scan`.execute(trx);
  });
  return builder.finish();
}
