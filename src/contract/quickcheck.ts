import { z } from 'zod';
import { aidalaPhaseKeySchema } from '../core/model';
import {
  quickcheckAnswerSchema,
  quickcheckInterfaces,
  quickcheckLabels,
  quickcheckNeedCategories,
  quickcheckQuestionCount,
  quickcheckQuestions,
} from '../core/quickcheck';
import { idSchema, shortText } from './common';
import { touchpointSchema } from './touchpoints';

// Built from the core's lists so the contract cannot drift from the scoring.
const quickcheckLabelSchema = z.enum(quickcheckLabels.map((label) => label.label));
const quickcheckLabelKeySchema = z.enum(quickcheckLabels.map((label) => label.key));
const quickcheckQuestionKeySchema = z.enum(quickcheckQuestions.map((question) => question.key));
const quickcheckInterfaceSchema = z.enum(quickcheckInterfaces);
const bilingual = <T extends z.ZodType>(schema: T) => z.object({ de: schema, en: schema });

/** A Quickcheck to score and save: one answer per question, in question order. */
export const quickcheckRunInputSchema = z.strictObject({
  answers: z
    .array(quickcheckAnswerSchema)
    .length(
      quickcheckQuestionCount,
      `needs exactly ${quickcheckQuestionCount} answers, one per question in question order`,
    ),
  name: shortText().optional(),
});
export type QuickcheckRunInput = z.infer<typeof quickcheckRunInputSchema>;

export const quickcheckReasonSchema = z.object({
  questionKey: quickcheckQuestionKeySchema,
  categoryDe: z.enum(quickcheckNeedCategories),
  categoryEn: z.string(),
  answer: quickcheckAnswerSchema,
  contribution: z.number(),
});

/** One row as `scoreQuickcheck` returns it and as `quickcheck_runs.results` stores it. */
export const quickcheckScoredRowSchema = z.object({
  rank: z.number().int(),
  interface: quickcheckInterfaceSchema,
  percent: z.number(),
  label: quickcheckLabelSchema,
  labelKey: quickcheckLabelKeySchema,
  points: z.number(),
  maxPoints: z.number(),
  why: z.array(quickcheckReasonSchema),
});

/** A scored row with what the catalogue says about the interface: phases, pros, cons, "pays off when". */
export const quickcheckResultRowSchema = quickcheckScoredRowSchema.extend({
  labelEn: z.string(),
  /** The catalogue key, as `touchpoints.catalogueKey` uses it. */
  key: z.string(),
  nameEn: z.string(),
  phases: z.array(aidalaPhaseKeySchema),
  pros: bilingual(z.array(z.string())),
  cons: bilingual(z.array(z.string())),
  paysOffWhen: bilingual(z.string()),
});
export type QuickcheckResultRowView = z.infer<typeof quickcheckResultRowSchema>;

export const quickcheckRunSchema = z.object({
  id: idSchema,
  name: z.string(),
  answers: z.array(quickcheckAnswerSchema),
  results: z.array(quickcheckResultRowSchema),
  createdAt: z.string(),
  createdByName: z.string(),
});
export type QuickcheckRun = z.infer<typeof quickcheckRunSchema>;

/** A saved run in a list: who ran it when, and its best three interfaces. */
export const quickcheckRunSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  createdAt: z.string(),
  createdByName: z.string(),
  top: z.array(
    z.object({
      rank: z.number().int(),
      interface: quickcheckInterfaceSchema,
      percent: z.number(),
      label: quickcheckLabelSchema,
    }),
  ),
  /** How many interfaces got each label. */
  labelCounts: z.record(quickcheckLabelKeySchema, z.number().int()),
});
export type QuickcheckRunSummary = z.infer<typeof quickcheckRunSummarySchema>;

const runReferenceSchema = quickcheckRunSchema.pick({
  id: true,
  name: true,
  createdAt: true,
  createdByName: true,
});

/** A run against an earlier one: the answers that changed and how every interface moved. */
export const quickcheckComparisonSchema = z.object({
  run: runReferenceSchema,
  earlier: runReferenceSchema,
  answerChanges: z.array(
    z.object({
      questionKey: quickcheckQuestionKeySchema,
      categoryDe: z.enum(quickcheckNeedCategories),
      categoryEn: z.string(),
      before: quickcheckAnswerSchema,
      after: quickcheckAnswerSchema,
    }),
  ),
  rows: z.array(
    z.object({
      interface: quickcheckInterfaceSchema,
      key: z.string(),
      nameEn: z.string(),
      rankBefore: z.number().int().nullable(),
      rankAfter: z.number().int(),
      /** Positive = moved up. */
      rankChange: z.number().int().nullable(),
      percentBefore: z.number().nullable(),
      percentAfter: z.number(),
      percentChange: z.number().nullable(),
      labelBefore: quickcheckLabelSchema.nullable(),
      labelAfter: quickcheckLabelSchema,
    }),
  ),
});
export type QuickcheckComparison = z.infer<typeof quickcheckComparisonSchema>;

export const quickcheckCompareQuery = z.object({ with: idSchema });
export const quickcheckLangQuery = z.object({ lang: z.enum(['de', 'en']).optional() });

/** Adopting recommendations: by default every "Sehr empfehlenswert" interface of the run. */
export const quickcheckAdoptInputSchema = z.strictObject({
  /** Interface names as the Quickcheck spells them (catalogue keys work too). */
  interfaces: z.array(z.string().trim().min(1).max(100)).min(1).max(quickcheckInterfaces.length).optional(),
  targetMaturity: z.enum(['minimal', 'good', 'excellent']).default('good'),
  personaIds: z.array(idSchema).max(200).optional(),
});
export type QuickcheckAdoptInput = z.input<typeof quickcheckAdoptInputSchema>;

export const quickcheckAdoptResultSchema = z.object({
  created: z.array(touchpointSchema),
  /** Interfaces left out because the inventory already has an active touchpoint for them. */
  skipped: z.array(quickcheckInterfaceSchema),
});
export type QuickcheckAdoptResult = z.infer<typeof quickcheckAdoptResultSchema>;

export const quickcheckQuestionsSchema = z.object({
  allowedAnswers: z.array(
    z.object({ value: quickcheckAnswerSchema, labelDe: z.string(), labelEn: z.string(), points: z.number() }),
  ),
  questions: z.array(
    z.object({
      key: quickcheckQuestionKeySchema,
      categoryDe: z.enum(quickcheckNeedCategories),
      categoryEn: z.string(),
      questionDe: z.string(),
      questionEn: z.string(),
      explanationDe: z.string(),
      explanationEn: z.string(),
    }),
  ),
  labels: z.array(
    z.object({
      key: quickcheckLabelKeySchema,
      label: quickcheckLabelSchema,
      labelEn: z.string(),
      minPercent: z.number(),
    }),
  ),
});
export type QuickcheckQuestions = z.infer<typeof quickcheckQuestionsSchema>;
