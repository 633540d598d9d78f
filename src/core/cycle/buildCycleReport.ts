import type { CycleCounts } from './cycleCounts';
import type {
  CycleHint,
  CycleHintCode,
  CycleLink,
  CycleReport,
  CycleStage,
  CycleStageKey,
  CycleStatus,
  CycleStep,
  CycleStepKey,
} from './cycleModel';

/** Only the hints that count something: an empty list means nothing stands in the way. */
function hints(entries: [CycleHintCode, number][]): CycleHint[] {
  return entries.filter(([, count]) => count > 0).map(([code, count]) => ({ code, count }));
}

function step(
  key: CycleStepKey,
  status: CycleStatus,
  progress: CycleStep['progress'],
  link: CycleLink,
  entries: [CycleHintCode, number][],
): CycleStep {
  return { key, status, progress, link, hints: hints(entries) };
}

/** Seed 004, 1a / seed 000 "Identifizierung der Kundenkontaktpunkte". */
function capture(c: CycleCounts): CycleStep {
  const status: CycleStatus =
    c.touchpoints === 0 && c.personas === 0
      ? 'not_started'
      : c.touchpoints > 0 && c.personas > 0 && c.personasWithoutTouchpoints === 0
        ? 'done'
        : 'in_progress';
  // Without personas there is no "customer" to see the touchpoints from: they come first.
  const link = c.personas === 0 ? '/personas' : '/map';
  return step('capture', status, { done: c.touchpoints, total: null }, link, [
    ['personas_missing', c.personas === 0 ? 1 : 0],
    ['personas_without_touchpoints', c.personasWithoutTouchpoints],
    ['phases_of_one_kind', c.phasesOfOneKind],
  ]);
}

/**
 * Where the workspace stands against the market study: not assessed yet, or the gaps of the latest
 * self-assessment and how old it is. Part of the as-is analysis, so it counts there.
 */
function marketMirrorHints(c: CycleCounts): CycleHint[] {
  if (c.marketMirrorAssessments === 0 || c.marketMirrorDaysAgo === null)
    return c.touchpoints > 0 ? [{ code: 'market_mirror_missing', count: 1 }] : [];
  return [{ code: 'market_mirror_gaps', count: c.marketMirrorGaps, days: c.marketMirrorDaysAgo }];
}

/** Seed 004, 1b / seed 000 "Analysieren der jeweiligen Ist-Situation". */
function documentAsIs(c: CycleCounts): CycleStep {
  const started =
    c.assessed + c.asIsDocumented + c.customerRatings + c.employeeRatings + c.quickcheckRuns > 0;
  const complete = c.touchpoints > 0 && c.assessed === c.touchpoints && c.asIsDocumented === c.touchpoints;
  // The as-is situation is seen "aus Kundensicht": once the team's own view is complete, the customers'
  // ratings are the missing piece, so the step stays the next one until there is at least one.
  const status: CycleStatus = !started
    ? 'not_started'
    : complete && c.customerRatings > 0
      ? 'done'
      : 'in_progress';
  const documented = step('document', status, { done: c.assessed, total: c.touchpoints }, '/touchpoints', [
    ['touchpoints_not_assessed', c.touchpoints - c.assessed],
    ['as_is_not_documented', c.touchpoints - c.asIsDocumented],
    ['no_customer_ratings', c.touchpoints > 0 && c.customerRatings === 0 ? 1 : 0],
  ]);
  return { ...documented, hints: [...documented.hints, ...marketMirrorHints(c)] };
}

/** Seed 004, 2a / seed 000 "Was würden welche Zielkunden wollen?". */
function target(c: CycleCounts): CycleStep {
  // Goals are part of the target situation (seed 000 section 5): a goal no KPI measures keeps the step open.
  const status: CycleStatus =
    c.targetsSet === 0 && c.goals === 0
      ? 'not_started'
      : c.keyWithoutTarget === 0 && c.goalsWithoutKpi === 0
        ? 'done'
        : 'in_progress';
  const link = c.goalsWithoutKpi > 0 && c.keyWithoutTarget === 0 ? '/strategy' : '/touchpoints';
  return step('target', status, { done: c.targetsSet, total: c.touchpoints }, link, [
    ['key_touchpoints_without_target', c.keyWithoutTarget],
    // Like the quick wins, the number of goals is news rather than an obstacle: the strategy has goals.
    ['goals', c.goals],
    ['goals_without_kpi', c.goalsWithoutKpi],
  ]);
}

/** Seed 004, 2b / seed 000 "Was können/müssen wir künftig tun?": the ranking of what to do first. */
function approach(c: CycleCounts): CycleStep {
  const status: CycleStatus =
    c.priorities === 0 ? 'not_started' : c.targetedNotAssessed === 0 ? 'done' : 'in_progress';
  return step('approach', status, { done: c.priorities, total: null }, '/priorities', [
    ['targeted_not_assessed', c.targetedNotAssessed],
    ['quick_wins', c.quickWins],
  ]);
}

/** Seed 004, 3a / seed 000 "Planung von relevanten Maßnahmen". */
function plan(c: CycleCounts): CycleStep {
  const covered = c.prioritiesWithMeasure === c.priorities;
  const status: CycleStatus =
    c.measures === 0 ? 'not_started' : covered && c.measuresWithoutDueDate === 0 ? 'done' : 'in_progress';
  // Measures are made from the priorities (one click per touchpoint), so an uncovered priority leads there.
  const link = covered ? '/action-plan' : '/priorities';
  return step('plan', status, { done: c.prioritiesWithMeasure, total: c.priorities }, link, [
    ['priorities_without_measure', c.priorities - c.prioritiesWithMeasure],
    ['measures_without_due_date', c.measuresWithoutDueDate],
  ]);
}

/** Seed 004, 3b / seed 000 "Umsetzung prioritärer Maßnahmen". */
function implement(c: CycleCounts): CycleStep {
  const open = c.measures - c.measuresDone;
  const status: CycleStatus =
    c.measuresDone + c.measuresInProgress === 0 ? 'not_started' : open === 0 ? 'done' : 'in_progress';
  return step('implement', status, { done: c.measuresDone, total: c.measures }, '/action-plan', [
    ['measures_overdue', c.measuresOverdue],
    ['measures_open', open],
    ['editorial_channels_behind', c.editorialChannelsBehind],
  ]);
}

/** Seed 004, 4a / seed 000 "Erfolgskontrolle: Wie war's?". */
function measure(c: CycleCounts): CycleStep {
  const status: CycleStatus =
    c.kpis === 0 && c.eventsLast30Days === 0
      ? 'not_started'
      : c.kpis > 0 && c.kpisWithValues === c.kpis
        ? 'done'
        : 'in_progress';
  // Live data needs a write key first; KPIs entered by hand do not.
  const link = c.kpis === 0 && c.writeKeys === 0 ? '/tracking' : '/monitoring';
  return step('measure', status, { done: c.kpisWithValues, total: c.kpis }, link, [
    ['kpis_without_values', c.kpis - c.kpisWithValues],
    // Events may also arrive by import or the Segment API: a missing write key only matters without them.
    ['no_write_key', c.writeKeys === 0 && c.eventsLast30Days === 0 ? 1 : 0],
    ['no_events', c.writeKeys > 0 && c.eventsLast30Days === 0 ? 1 : 0],
    // Tracked events that reach no touchpoint count for no touchpoint KPI: suggestions and rules fix it.
    ['events_unmapped', c.unmappedEventsLast30Days],
  ]);
}

/** Seed 004, 4b / seed 000 "Prozessoptimierung: Was nun?". */
function optimise(c: CycleCounts): CycleStep {
  const status: CycleStatus =
    c.kpisJudged === 0 && c.alertsOpen === 0
      ? 'not_started'
      : c.kpisOffTarget === 0 && c.alertsOpen === 0
        ? 'done'
        : 'in_progress';
  const link = c.alertsOpen > 0 ? '/alerts' : '/monitoring';
  return step('optimise', status, { done: c.kpisJudged - c.kpisOffTarget, total: c.kpisJudged }, link, [
    ['kpis_off_target', c.kpisOffTarget],
    ['alerts_open', c.alertsOpen],
  ]);
}

function stage(key: CycleStageKey, steps: [CycleStep, CycleStep]): CycleStage {
  return { key, status: stageStatus(steps), steps };
}

function stageStatus(steps: CycleStep[]): CycleStatus {
  if (steps.every((s) => s.status === 'done')) return 'done';
  if (steps.every((s) => s.status === 'not_started')) return 'not_started';
  return 'in_progress';
}

/**
 * The CTM cycle of seed 004 (four stages of two steps) and seed 000 section 2.5 (IST, SOLL, AKTION,
 * MONITORING), each step judged from the workspace's own counts.
 * @example buildCycleReport(emptyCycleCounts).next // { stage: 'ist', step: 'capture' }
 */
export function buildCycleReport(c: CycleCounts): CycleReport {
  const stages = [
    stage('ist', [capture(c), documentAsIs(c)]),
    stage('soll', [target(c), approach(c)]),
    stage('aktion', [plan(c), implement(c)]),
    stage('monitoring', [measure(c), optimise(c)]),
  ];
  const next = stages
    .flatMap((s) => s.steps.map((st) => ({ stage: s.key, step: st })))
    .find(({ step: st }) => st.status !== 'done');
  return { stages, next: next ? { stage: next.stage, step: next.step.key } : null };
}
