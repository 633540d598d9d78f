/** Quickcheck runs of a workspace: score and keep them, compare, report, adopt their recommendations. */
export {
  runQuickcheck,
  listQuickcheckRuns,
  getQuickcheckRun,
  deleteQuickcheckRun,
} from './quickcheckRunStore';
export { compareWithRun } from './compareWithRun';
export {
  quickcheckPhaseNames,
  quickcheckReasonTexts,
  quickcheckRunCsv,
  getQuickcheckRunReport,
  type QuickcheckLang,
} from './quickcheckReport';
export { adoptRecommendations } from './adoptRecommendations';
