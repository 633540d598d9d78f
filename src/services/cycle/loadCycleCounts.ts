import { sql } from 'kysely';
import type { Touchpoint } from '../../contract/touchpoints';
import type { CycleCounts } from '../../core/cycle/cycleCounts';
import { mediaBalanceByPhase, phasesOfOneKind } from '../../core/mediaBalance';
import type { WorkspaceContext } from '../context';
import { getFrequencyStatus } from '../editorialPlan/getFrequencyStatus';
import { listKpis } from '../kpis';
import { listMeasures } from '../measures';
import { listPersonas } from '../personas';
import { getPriorities } from '../priorities';
import { listMarketMirrorAssessments } from '../marketMirror';
import { listGoals } from '../strategy/goals';
import { listTouchpoints } from '../touchpoints';
import { getWorkspace } from '../workspaces';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A touchpoint whose target someone has stated: a maturity to reach, a rating, or words. */
function hasTarget(t: Touchpoint): boolean {
  return t.target.maturity !== 'none' || t.target.rating !== null || t.target.description.trim() !== '';
}

/** The touchpoints the method asks to look at first: moments that matter and high relevance. */
function isKey(t: Touchpoint): boolean {
  return t.momentThatMatters || t.relevance >= 4;
}

const count = sql<string>`count(*)`.as('n');

async function countOf(query: { executeTakeFirstOrThrow(): Promise<{ n: string }> }): Promise<number> {
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/**
 * The counts the cycle view judges from, through the services that own each concept; every query is
 * filtered by the workspace.
 * @example const report = buildCycleReport(await loadCycleCounts(ctx));
 */
export async function loadCycleCounts(ctx: WorkspaceContext, now = new Date()): Promise<CycleCounts> {
  const today = now.toISOString().slice(0, 10);
  const since = new Date(now.getTime() - 30 * DAY_MS);
  const ws = ctx.workspaceId;
  const [
    personas,
    touchpoints,
    priorities,
    measures,
    kpis,
    quickcheckRuns,
    writeKeys,
    events,
    alerts,
    editorial,
    goals,
    mirror,
  ] = await Promise.all([
    listPersonas(ctx),
    listTouchpoints(ctx),
    getPriorities(ctx),
    listMeasures(ctx),
    listKpis(ctx),
    countOf(ctx.db.selectFrom('quickcheck_runs').select(count).where('workspace_id', '=', ws)),
    countOf(
      ctx.db
        .selectFrom('write_keys')
        .select(count)
        .where('workspace_id', '=', ws)
        .where('revoked_at', 'is', null),
    ),
    ctx.db
      .selectFrom('events')
      .select((eb) => [
        eb.fn.countAll<string>().as('n'),
        eb.fn.countAll<string>().filterWhere('touchpoint_id', 'is', null).as('unmapped'),
      ])
      .where('workspace_id', '=', ws)
      .where('occurred_at', '>=', since)
      .executeTakeFirstOrThrow(),
    countOf(
      ctx.db
        .selectFrom('kpi_alerts')
        .select(count)
        .where('workspace_id', '=', ws)
        .where('acknowledged_at', 'is', null),
    ),
    getFrequencyStatus(ctx, now),
    listGoals(ctx),
    listMarketMirrorAssessments(ctx),
  ]);
  const latestMirror = mirror[0];

  const phaseIds = (await getWorkspace(ctx.db, ws))?.journeyModel.phases.map((p) => p.id) ?? [];
  const withPersona = new Set(touchpoints.flatMap((t) => t.personaIds));
  const assessedIds = new Set(priorities.touchpoints.map((t) => t.id));
  const gapIds = priorities.touchpoints.filter((t) => t.priorityScore > 0).map((t) => t.id);
  const active = measures.filter((m) => m.status !== 'dropped');
  const measured = new Set(active.flatMap((m) => m.touchpointIds));
  const targeted = touchpoints.filter(hasTarget);
  const key = touchpoints.filter(isKey);

  return {
    personas: personas.length,
    personasWithoutTouchpoints: personas.filter((p) => !withPersona.has(p.id)).length,
    touchpoints: touchpoints.length,
    assessed: assessedIds.size,
    asIsDocumented: touchpoints.filter((t) => t.current.assessedAt !== null).length,
    customerRatings: touchpoints.reduce((n, t) => n + t.current.customerRating.count, 0),
    employeeRatings: touchpoints.reduce((n, t) => n + t.current.employeeRating.count, 0),
    quickcheckRuns,
    targetsSet: targeted.length,
    keyTouchpoints: key.length,
    keyWithoutTarget: key.filter((t) => !hasTarget(t)).length,
    goals: goals.length,
    goalsWithoutKpi: goals.filter((g) => g.kpis.length === 0).length,
    targetedNotAssessed: targeted.filter((t) => !assessedIds.has(t.id)).length,
    priorities: gapIds.length,
    prioritiesWithMeasure: gapIds.filter((id) => measured.has(id)).length,
    quickWins: priorities.quickWins.length,
    measures: active.length,
    measuresWithoutDueDate: active.filter((m) => m.status !== 'done' && m.dueDate === null).length,
    measuresInProgress: active.filter((m) => m.status === 'in_progress').length,
    measuresOverdue: active.filter((m) => m.status !== 'done' && m.dueDate !== null && m.dueDate < today)
      .length,
    measuresDone: active.filter((m) => m.status === 'done').length,
    writeKeys,
    eventsLast30Days: Number(events.n),
    unmappedEventsLast30Days: Number(events.unmapped),
    kpis: kpis.length,
    kpisWithValues: kpis.filter((k) => k.latest !== null).length,
    kpisJudged: kpis.filter((k) => k.status === 'on_target' || k.status === 'off_target').length,
    kpisOffTarget: kpis.filter((k) => k.status === 'off_target').length,
    alertsOpen: alerts,
    phasesOfOneKind: phasesOfOneKind(mediaBalanceByPhase(phaseIds, touchpoints).values()),
    editorialChannelsBehind: editorial.filter((f) => f.status === 'behind').length,
    marketMirrorAssessments: mirror.length,
    marketMirrorDaysAgo: latestMirror
      ? Math.max(0, Math.floor((now.getTime() - Date.parse(latestMirror.takenAt)) / DAY_MS))
      : null,
    marketMirrorGaps: latestMirror?.score.gaps.length ?? 0,
  };
}
