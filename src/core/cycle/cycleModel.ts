import { z } from 'zod';

/** The four stages of seed 004 (Ist-Analyse, Soll-Strategie, operative Umsetzung, Monitoring). */
export const cycleStageKeys = ['ist', 'soll', 'aktion', 'monitoring'] as const;
export const cycleStageKeySchema = z.enum(cycleStageKeys);
export type CycleStageKey = z.infer<typeof cycleStageKeySchema>;

/** The two sub-steps of each stage, in the order of seed 004 and seed 000 section 2.5. */
export const cycleStepKeys = [
  'capture',
  'document',
  'target',
  'approach',
  'plan',
  'implement',
  'measure',
  'optimise',
] as const;
export const cycleStepKeySchema = z.enum(cycleStepKeys);
export type CycleStepKey = z.infer<typeof cycleStepKeySchema>;

export const cycleStatusSchema = z.enum(['not_started', 'in_progress', 'done']);
export type CycleStatus = z.infer<typeof cycleStatusSchema>;

/** What still stands in the way of a step, counted; the web app words it. */
export const cycleHintCodes = [
  'personas_missing',
  'personas_without_touchpoints',
  'phases_of_one_kind',
  'touchpoints_not_assessed',
  'as_is_not_documented',
  'no_customer_ratings',
  'market_mirror_missing',
  'market_mirror_gaps',
  'key_touchpoints_without_target',
  'goals',
  'goals_without_kpi',
  'targeted_not_assessed',
  'quick_wins',
  'priorities_without_measure',
  'measures_without_due_date',
  'measures_overdue',
  'measures_open',
  'editorial_channels_behind',
  'no_write_key',
  'no_events',
  'events_unmapped',
  'kpis_without_values',
  'kpis_off_target',
  'alerts_open',
] as const;
export const cycleHintCodeSchema = z.enum(cycleHintCodes);
export type CycleHintCode = z.infer<typeof cycleHintCodeSchema>;

/** The web app's screens a step links to. */
export const cycleLinkSchema = z.enum([
  '/map',
  '/personas',
  '/touchpoints',
  '/priorities',
  '/action-plan',
  '/monitoring',
  '/tracking',
  '/alerts',
  '/strategy',
]);
export type CycleLink = z.infer<typeof cycleLinkSchema>;

export interface CycleHint {
  code: CycleHintCode;
  count: number;
  /** For a hint about something done once: whole days since it was last done. */
  days?: number;
}

export interface CycleStep {
  key: CycleStepKey;
  status: CycleStatus;
  /** The step's figure: `done` of `total` (e.g. 12 of 34 touchpoints assessed); total null for a plain count. */
  progress: { done: number; total: number | null };
  hints: CycleHint[];
  /** The screen where the step is done. */
  link: CycleLink;
}

export interface CycleStage {
  key: CycleStageKey;
  status: CycleStatus;
  steps: [CycleStep, CycleStep];
}

export interface CycleReport {
  stages: CycleStage[];
  /** The first step not done yet, in the order of the cycle; null when the whole round is done. */
  next: { stage: CycleStageKey; step: CycleStepKey } | null;
}
