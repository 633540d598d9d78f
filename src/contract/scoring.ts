import { z } from 'zod';
import { eventTypes } from '../core/events/eventVocabulary';
import { idSchema } from './common';

/** Lead scoring (issue 14): rules, a profile's explained score, leads, accounts, the predictive model. */

const points = z.number().min(-1000).max(1000);
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const conditionOperators = [
  'equals',
  'not_equals',
  'one_of',
  'contains',
  'exists',
  'gte',
  'lte',
] as const;

export const conditionSchema = z.strictObject({
  /** A trait (`industry`), `company.<field>` or `persona` for fit rules; an event property for engagement. */
  field: text(100),
  operator: z.enum(conditionOperators),
  value: z
    .union([z.string().max(200), z.number().min(-1e12).max(1e12), z.array(z.string().max(200)).max(50)])
    .nullable()
    .default(null),
});

export const decaySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('half_life'), days: z.number().min(0.1).max(3650) }),
  z.strictObject({ kind: z.literal('linear'), days: z.number().min(0.1).max(3650) }),
]);

const ruleFields = {
  kind: z.enum(['fit', 'engagement']),
  name: text(200),
  /** Per match (fit) or per event before decay (engagement); negative points count against. */
  points,
  conditions: z.array(conditionSchema).max(10).default([]),
  eventType: z.enum(eventTypes).nullable().default(null),
  eventName: text(200).nullable().default(null),
  touchpointId: idSchema.nullable().default(null),
  urlContains: text(500).nullable().default(null),
  cap: z.number().min(0.01).max(100_000).nullable().default(null),
  decay: decaySchema.default({ kind: 'none' }),
  active: z.boolean().default(true),
  position: z.number().int().min(0).max(100_000).default(0),
};

/**
 * A rule as sent: fit rules need a condition and take no event fields, decay or cap (they count once).
 * PUT replaces the whole rule.
 */
export const scoringRuleInputSchema = z.strictObject(ruleFields).superRefine((rule, ctx) => {
  if (rule.kind !== 'fit') return;
  if (rule.conditions.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['conditions'],
      message: 'a fit rule needs at least one condition',
    });
  for (const f of ['eventType', 'eventName', 'touchpointId', 'urlContains', 'cap'] as const)
    if (rule[f] !== null)
      ctx.addIssue({ code: 'custom', path: [f], message: 'only engagement rules have this' });
  if (rule.decay.kind !== 'none')
    ctx.addIssue({ code: 'custom', path: ['decay'], message: 'fit points do not decay' });
});
export type ScoringRuleInput = z.infer<typeof scoringRuleInputSchema>;

export const scoringRuleSchema = z.object({
  id: idSchema,
  kind: z.enum(['fit', 'engagement']),
  name: z.string(),
  points: z.number(),
  conditions: z.array(
    z.object({
      field: z.string(),
      operator: z.enum(conditionOperators),
      value: z.union([z.string(), z.number(), z.array(z.string())]).nullable(),
    }),
  ),
  eventType: z.string().nullable(),
  eventName: z.string().nullable(),
  touchpointId: idSchema.nullable(),
  urlContains: z.string().nullable(),
  cap: z.number().nullable(),
  decay: z.union([
    z.object({ kind: z.literal('none') }),
    z.object({ kind: z.enum(['half_life', 'linear']), days: z.number() }),
  ]),
  active: z.boolean(),
  position: z.number().int(),
  updatedAt: z.string(),
});
export type ScoringRule = z.infer<typeof scoringRuleSchema>;

export const scoreLineSchema = z.object({
  ruleId: z.string(),
  ruleName: z.string(),
  kind: z.enum(['fit', 'engagement']),
  points: z.number(),
  count: z.number().int(),
  capped: z.boolean(),
  events: z.array(z.object({ id: z.string(), occurredAt: z.string(), points: z.number() })),
});
export type ScoreLineView = z.infer<typeof scoreLineSchema>;

export const scoreFiguresSchema = z.object({
  total: z.number(),
  fit: z.number(),
  engagement: z.number(),
  lines: z.array(scoreLineSchema),
});
export type ScoreFigures = z.infer<typeof scoreFiguresSchema>;

export const profileScoreSchema = scoreFiguresSchema.extend({
  profileId: idSchema,
  /** The predictive model's chance to win (0..1), when a model is trained. */
  predicted: z.number().nullable(),
  /** When the score was last computed; null: never scored (no rules or no events yet). */
  updatedAt: z.string().nullable(),
  history: z.array(z.object({ day: z.string(), total: z.number(), fit: z.number(), engagement: z.number() })),
  stage: z.string(),
  stageChangedAt: z.string().nullable(),
  ownerUserId: idSchema.nullable(),
});
export type ProfileScoreView = z.infer<typeof profileScoreSchema>;

/** Scores a profile with the saved rules, or with the rules sent (to try them before saving). */
export const scorePreviewBodySchema = z.strictObject({
  profileId: idSchema,
  rules: z.array(scoringRuleInputSchema).max(200).optional(),
});

export const leadListQuery = z.object({
  stage: z.string().max(40).optional(),
  minScore: z.coerce.number().min(-1e6).max(1e6).optional(),
  /** A user id, or `me`. */
  owner: z.union([idSchema, z.literal('me')]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type LeadListQuery = z.infer<typeof leadListQuery>;

export const leadSchema = z.object({
  profileId: idSchema,
  name: z.string(),
  email: z.string().nullable(),
  companyId: idSchema.nullable(),
  companyName: z.string().nullable(),
  stage: z.string(),
  score: z.number(),
  fit: z.number(),
  engagement: z.number(),
  /** Score now minus the score of seven days ago (0 without history then). */
  trend: z.number(),
  ownerUserId: idSchema.nullable(),
  updatedAt: z.string(),
});
export type Lead = z.infer<typeof leadSchema>;
export const leadPageSchema = z.object({ items: z.array(leadSchema), nextCursor: z.string().nullable() });
export type LeadPage = z.infer<typeof leadPageSchema>;

export const companyScoreSchema = z.object({
  companyId: idSchema,
  name: z.string(),
  /** The account's score: its best person's (documented in docs/leads.md). */
  score: z.number(),
  /** The sum over its people, for comparison. */
  sum: z.number(),
  people: z.array(z.object({ profileId: idSchema, name: z.string(), score: z.number(), stage: z.string() })),
  stage: z.string().nullable(),
  history: z.array(
    z.object({
      from: z.string().nullable(),
      to: z.string(),
      at: z.string(),
      cause: z.string(),
      actor: z.string(),
    }),
  ),
});
export type CompanyScore = z.infer<typeof companyScoreSchema>;

export const predictiveStatusSchema = z.object({
  status: z.enum(['never_trained', 'not_enough_data', 'trained']),
  won: z.number().int(),
  lost: z.number().int(),
  needed: z.number().int(),
  trainedAt: z.string().nullable(),
  trainCount: z.number().int().nullable(),
  heldOutCount: z.number().int().nullable(),
  /** On held-out leads; null when they lack won or lost ones. */
  auc: z.number().nullable(),
  calibration: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: z.number().int(),
      meanPredicted: z.number().nullable(),
      observedRate: z.number().nullable(),
    }),
  ),
  weights: z.array(z.object({ feature: z.string(), label: z.string(), weight: z.number() })),
});
export type PredictiveStatus = z.infer<typeof predictiveStatusSchema>;
