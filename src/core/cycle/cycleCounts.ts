/** Plain figures of one workspace, loaded by the cycle service; everything the cycle view judges from. */
export interface CycleCounts {
  personas: number;
  /** Personas no active touchpoint is assigned to. */
  personasWithoutTouchpoints: number;
  /** Active (not retired) touchpoints. */
  touchpoints: number;
  /** Impact and effort both set, so the touchpoint takes part in the priorities. */
  assessed: number;
  /** As-is maturity assessed by someone (seed 004: the as-is situation documented). */
  asIsDocumented: number;
  customerRatings: number;
  employeeRatings: number;
  quickcheckRuns: number;
  /** Touchpoints with a target: a target maturity, a target rating or a description of the target. */
  targetsSet: number;
  /** Moments that matter and touchpoints of relevance 4 or 5. */
  keyTouchpoints: number;
  keyWithoutTarget: number;
  /** Macro and micro goals of the strategy (seed 000 section 5). */
  goals: number;
  /** Goals no KPI measures yet. */
  goalsWithoutKpi: number;
  /** Touchpoints with a target that still wait for impact and effort, so they are not ranked. */
  targetedNotAssessed: number;
  /** Assessed touchpoints with a gap to their target (priority score above 0). */
  priorities: number;
  prioritiesWithMeasure: number;
  quickWins: number;
  /** Measures not dropped. */
  measures: number;
  measuresWithoutDueDate: number;
  measuresInProgress: number;
  measuresOverdue: number;
  measuresDone: number;
  /** Write keys not revoked. */
  writeKeys: number;
  eventsLast30Days: number;
  /** Of them, events no rule gave a touchpoint: tracking that does not reach the touchpoints yet. */
  unmappedEventsLast30Days: number;
  kpis: number;
  kpisWithValues: number;
  /** KPIs with a value and a target (or band) to judge it by. */
  kpisJudged: number;
  kpisOffTarget: number;
  alertsOpen: number;
  /** Phases of the active model whose touchpoints are all Owned, all Earned or all Paid (seed 001, step 3). */
  phasesOfOneKind: number;
  /** Channels of the editorial plan with a frequency target the coming weeks fall short of. */
  editorialChannelsBehind: number;
  /** Self-assessments against the market study (the market mirror). */
  marketMirrorAssessments: number;
  /** Whole days since the latest self-assessment; null without one. */
  marketMirrorDaysAgo: number | null;
  /** Gaps to the better group of the study in the latest self-assessment. */
  marketMirrorGaps: number;
}

/** A workspace without any data: the counts of a new workspace. */
export const emptyCycleCounts: CycleCounts = {
  personas: 0,
  personasWithoutTouchpoints: 0,
  touchpoints: 0,
  assessed: 0,
  asIsDocumented: 0,
  customerRatings: 0,
  employeeRatings: 0,
  quickcheckRuns: 0,
  targetsSet: 0,
  keyTouchpoints: 0,
  keyWithoutTarget: 0,
  goals: 0,
  goalsWithoutKpi: 0,
  targetedNotAssessed: 0,
  priorities: 0,
  prioritiesWithMeasure: 0,
  quickWins: 0,
  measures: 0,
  measuresWithoutDueDate: 0,
  measuresInProgress: 0,
  measuresOverdue: 0,
  measuresDone: 0,
  writeKeys: 0,
  eventsLast30Days: 0,
  unmappedEventsLast30Days: 0,
  kpis: 0,
  kpisWithValues: 0,
  kpisJudged: 0,
  kpisOffTarget: 0,
  alertsOpen: 0,
  phasesOfOneKind: 0,
  editorialChannelsBehind: 0,
  marketMirrorAssessments: 0,
  marketMirrorDaysAgo: null,
  marketMirrorGaps: 0,
};
