import { getCompanyScore } from '../scoring/getCompanyScore';
import { sql } from 'kysely';
import type { AccountDetail } from '../../contract/accounts';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { selectDeals, toDeals } from '../deals/dealRows';
import { loadPipelineStages } from '../deals/pipelineStages';
import { activePhases } from '../profiles/touchpointPhases';
import { accountSignals } from './accountSignals';
import { accountSummaries } from './accountSummaries';

/**
 * An account's page: its people, the touchpoints they used and the phases they reached, its deals,
 * revenue and signals. The combined timeline is paged separately (`getAccountTimeline`). Score and
 * lifecycle stage come from the lead scoring's roll-up (its best person's score, its furthest stage).
 *
 * @example await getAccount(ctx, companyId)
 */
export async function getAccount(
  ctx: WorkspaceContext,
  companyId: string,
  now = new Date(),
): Promise<Result<AccountDetail>> {
  const ws = ctx.workspaceId;
  const company = await ctx.db
    .selectFrom('companies')
    .select(['id', 'external_id', 'created_at'])
    .where('workspace_id', '=', ws)
    .where('id', '=', companyId)
    .executeTakeFirst();
  if (!company) return err('not_found', 'Account not found', { id: companyId });
  const rollUp = await getCompanyScore(ctx, companyId);
  const stages = await loadPipelineStages(ctx.db, ws);
  const [[summary], people, dealRows, phases] = await Promise.all([
    accountSummaries(ctx.db, ws, stages, { companyIds: [companyId] }),
    ctx.db
      .selectFrom('profiles')
      .select(['id', 'name', 'email', 'last_seen_at', 'event_count', 'revenue', 'current_phase_key'])
      .where('workspace_id', '=', ws)
      .where('company_id', '=', companyId)
      .where('merged_into', 'is', null)
      .orderBy(sql`last_seen_at desc nulls last`)
      .orderBy('id')
      .limit(500)
      .execute(),
    selectDeals(ctx.db, ws)
      .where('d.company_id', '=', companyId)
      .orderBy(sql`d.closed_at desc nulls first`)
      .orderBy('d.expected_close')
      .execute(),
    activePhases(ctx.db, ws),
  ]);
  if (!summary) return err('not_found', 'Account not found', { id: companyId });
  const ids = people.map((p) => p.id);
  const used =
    ids.length === 0
      ? []
      : (
          await sql<{ profile_id: string; touchpoint_id: string; name: string }>`
            select distinct e.profile_id, e.touchpoint_id, t.name from events e
            join touchpoints t on t.workspace_id = e.workspace_id and t.id = e.touchpoint_id
            where e.workspace_id = ${ws} and e.profile_id = any(${ids}::uuid[])
          `.execute(ctx.db)
        ).rows;
  const touchpoints = new Map<string, { id: string; name: string; people: number }>();
  const reached = new Map<string, Set<string>>();
  for (const u of used) {
    const t = touchpoints.get(u.touchpoint_id) ?? { id: u.touchpoint_id, name: u.name, people: 0 };
    t.people += 1;
    touchpoints.set(u.touchpoint_id, t);
    const phase = phases.ofTouchpoint.get(u.touchpoint_id);
    if (phase) reached.set(phase.key, (reached.get(phase.key) ?? new Set()).add(u.profile_id));
  }
  const [deals, signals] = await Promise.all([
    toDeals(ctx.db, ws, dealRows, stages),
    accountSignals(ctx.db, ws, ids, [...touchpoints.keys()], now),
  ]);
  return ok({
    account: { ...summary, externalId: company.external_id, createdAt: company.created_at.toISOString() },
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      lastSeenAt: p.last_seen_at?.toISOString() ?? null,
      eventCount: Number(p.event_count),
      revenue: Number(p.revenue),
      currentPhaseKey: p.current_phase_key,
    })),
    touchpoints: [...touchpoints.values()].sort(
      (a, b) => b.people - a.people || a.name.localeCompare(b.name),
    ),
    phases: [...phases.byKey.values()]
      .filter((p) => reached.has(p.key))
      .map((p) => ({ ...p, people: reached.get(p.key)?.size ?? 0 })),
    deals,
    signals,
    scoring: rollUp.ok
      ? { score: rollUp.value.score, stage: rollUp.value.stage }
      : { score: null, stage: null },
  });
}
