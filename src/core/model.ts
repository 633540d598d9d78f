import { z } from 'zod';

/** The shared vocabulary of the CTM model. One zod schema per concept: the API, CLI and web app use these. */

export const roleSchema = z.enum(['owner', 'editor', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

/** Maturity levels of seed 000 (Minimal / Gut / Exzellent) plus `none` for a touchpoint that does not exist yet. */
export const maturitySchema = z.enum(['none', 'minimal', 'good', 'excellent']);
export type Maturity = z.infer<typeof maturitySchema>;
export const maturityLevel: Record<Maturity, number> = { none: 0, minimal: 1, good: 2, excellent: 3 };

/** POE typing of seed 001. */
export const ownershipSchema = z.enum(['owned', 'earned', 'paid']);
export type Ownership = z.infer<typeof ownershipSchema>;

export const mediumSchema = z.enum(['digital', 'analog']);
export const directnessSchema = z.enum(['direct', 'indirect']);
export type Medium = z.infer<typeof mediumSchema>;
export type Directness = z.infer<typeof directnessSchema>;

/** Touchpoint phase classes of seed 000: before (CIP), during (CPOS), after purchase (CSP), customer to customer (CCRP). */
export const phaseClassSchema = z.enum(['cip', 'cpos', 'csp', 'ccrp']);
export type PhaseClass = z.infer<typeof phaseClassSchema>;

export const measureStatusSchema = z.enum(['planned', 'in_progress', 'done', 'dropped']);
export type MeasureStatus = z.infer<typeof measureStatusSchema>;

export const journeyModelKindSchema = z.enum(['aidala', 'need_buy_use', 'seven_stage', 'custom']);
export type JourneyModelKind = z.infer<typeof journeyModelKindSchema>;

/** The checklists of seed 000 exist for these three touchpoint kinds. */
export const checklistKindSchema = z.enum(['website', 'email', 'social_media']);
export type ChecklistKind = z.infer<typeof checklistKindSchema>;

export const ratingSourceSchema = z.enum(['customer', 'employee']);
export type RatingSource = z.infer<typeof ratingSourceSchema>;

/** A score on the 1-5 scale used for ratings, relevance, impact and effort. */
export const scoreSchema = z.number().int().min(1).max(5);

export const aidalaPhaseKeySchema = z.enum([
  'attention',
  'interest',
  'desire',
  'action',
  'loyalty',
  'advocacy',
]);
export type AidalaPhaseKey = z.infer<typeof aidalaPhaseKeySchema>;
