import { sql } from 'kysely';
import type { FunnelPeriod, PhaseFunnel, PhaseFunnelQuery } from '../../contract/funnel';
import type { PhaseRef } from '../../contract/profiles';
import { computePhaseFunnel, type ProfileReach } from '../../core/funnel';
import type { WorkspaceContext } from '../context';
import { resolveDateRange } from './dateRange';
import { ok, type Result } from '../../core/result';
import {
  firstReachSql,
  funnelFiltersOf,
  funnelPhases,
  processedSeq,
  type FunnelFilters,
} from './phaseFunnelEvents';

async function funnelOfPeriod(
  ctx: WorkspaceContext,
  phases: PhaseRef[],
  period: { from: string; to: string },
  filters: FunnelFilters,
  upToSeq: number,
): Promise<FunnelPeriod> {
  // One row per profile, its reaches packed as {phase: epoch ms}: a profile is one row however many
  // phases it reached.
  const { rows } = await sql<{ profile_id: string; reached: Record<string, number> }>`
    with reach as (${firstReachSql(ctx, period, filters, upToSeq)})
    select profile_id, json_object_agg(phase_key, floor(extract(epoch from first_at) * 1000)) as reached
    from reach group by profile_id
  `.execute(ctx.db);
  // The accounts in a second query by primary key rather than a join: right after a bulk load (the
  // demo), stale statistics made PostgreSQL scan every profile once per reached profile (2 s on the demo).
  const profiles =
    rows.length === 0
      ? []
      : await ctx.db
          .selectFrom('profiles')
          .select(['id', 'company_id'])
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', '=', sql<string>`any(${rows.map((r) => r.profile_id)}::uuid[])`)
          .where('merged_into', 'is', null)
          .execute();
  const companyOf = new Map(profiles.map((p) => [p.id, p.company_id]));
  const reaches: ProfileReach[] = rows.flatMap((r) => {
    const companyId = companyOf.get(r.profile_id);
    return companyId === undefined
      ? []
      : [
          {
            profileId: r.profile_id,
            companyId,
            firstReachedAt: new Map(Object.entries(r.reached).map(([k, v]) => [k, Number(v)])),
          },
        ];
  });
  const steps = computePhaseFunnel(
    phases.map((p) => p.key),
    reaches,
  );
  return {
    from: period.from,
    to: period.to,
    profiles: reaches.length,
    accounts: new Set(reaches.flatMap((r) => (r.companyId === null ? [] : [r.companyId]))).size,
    phases: steps.map((step, i) => {
      const { phaseKey: _key, ...figures } = step;
      const phase = phases[i] ?? { key: step.phaseKey, nameDe: step.phaseKey, nameEn: step.phaseKey };
      return { ...phase, ...figures };
    }),
  };
}

/**
 * The phase funnel of the workspace's active journey model for a period (default: the last 30 days)
 * and, if asked, a second period to compare; filtered by persona (of the touchpoint), channel and
 * channel class. Reads the event log, not a summary: first reaches are per person and period.
 *
 * @example await getPhaseFunnel(ctx, { from: '2026-03-01', to: '2026-03-31', channelClass: 'paid' })
 */
export async function getPhaseFunnel(
  ctx: WorkspaceContext,
  query: PhaseFunnelQuery,
): Promise<Result<PhaseFunnel>> {
  const resolved = await funnelFiltersOf(ctx, query);
  if (!resolved.ok) return resolved;
  const filters = resolved.value;
  const [phases, upToSeq] = await Promise.all([funnelPhases(ctx), processedSeq(ctx)]);
  const period = resolveDateRange({ from: query.from, to: query.to });
  const [main, compare] = await Promise.all([
    funnelOfPeriod(ctx, phases, period, filters, upToSeq),
    query.compareFrom !== undefined && query.compareTo !== undefined
      ? funnelOfPeriod(ctx, phases, { from: query.compareFrom, to: query.compareTo }, filters, upToSeq)
      : null,
  ]);
  return ok({ ...main, compare });
}
