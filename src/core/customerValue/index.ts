export { classifyAbc, paretoCurve, summariseAbc, DEFAULT_ABC_THRESHOLDS } from './abc';
export type { AbcClass, AbcClassSummary, AbcEntry, AbcItem, AbcThresholds } from './abc';
export { estimateClv, DEFAULT_CLV_OPTIONS } from './clv';
export type { ClvEstimate, ClvOptions, ClvShortcoming } from './clv';
export { splitExistingVsNew } from './existingVsNew';
export type { CustomerGroup, ExistingVsNew, PeriodCustomer } from './existingVsNew';
export { computeRfm, quintileScores, rfmSegmentOf, RFM_SEGMENTS, RFM_SEGMENT_KEYS } from './rfm';
export type { CustomerOrders, RfmScore, RfmSegmentKey } from './rfm';
