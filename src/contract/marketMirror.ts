import { z } from 'zod';
import {
  marketMirrorLinks,
  marketMirrorQuestions,
  type MarketMirrorProgress,
  type MarketMirrorQuestion,
  type MarketMirrorScore,
} from '../core/marketMirror';
import { idSchema } from './common';
import type { SameType } from './sameType';

const studyShareSchema = z.object({
  percent: z.number(),
  qualifier: z.enum(['exact', 'about', 'more_than', 'less_than', 'almost']),
  inWords: z.object({ de: z.string(), en: z.string() }).optional(),
});
const linkSchema = z.enum(marketMirrorLinks);

export const marketMirrorQuestionSchema = z.object({
  key: z.string(),
  number: z.number().int(),
  figure: z.object({ number: z.number().int(), page: z.number().int() }).nullable(),
  questionDe: z.string(),
  questionEn: z.string(),
  options: z.array(
    z.object({
      key: z.string(),
      labelDe: z.string(),
      labelEn: z.string(),
      study: studyShareSchema.nullable(),
      better: z.boolean(),
    }),
  ),
  sideFigures: z.array(z.object({ groupDe: z.string(), groupEn: z.string(), share: studyShareSchema })),
  closedBy: z.object({ link: linkSchema, textDe: z.string(), textEn: z.string() }),
});
export const questionMatches: SameType<
  z.infer<typeof marketMirrorQuestionSchema>,
  MarketMirrorQuestion
> = true;

/** The questionnaire: the study's questions in its order, with the figures it prints. */
export const marketMirrorQuestionnaireSchema = z.object({
  study: z.object({
    title: z.string(),
    publisher: z.string(),
    year: z.number().int(),
    respondents: z.number(),
  }),
  questions: z.array(marketMirrorQuestionSchema),
});
export type MarketMirrorQuestionnaire = z.infer<typeof marketMirrorQuestionnaireSchema>;

/**
 * The answers of one self-assessment, one optional field per question, each one of its options; a
 * strict object, so a misspelt question is named. Also what `market_mirror_assessments.answers` holds.
 */
export const marketMirrorAnswersSchema = z
  .strictObject(
    Object.fromEntries(
      marketMirrorQuestions.map((q) => {
        const [first, ...rest] = q.options.map((o) => o.key);
        return [q.key, z.enum([first ?? '', ...rest]).optional()];
      }),
    ),
  )
  .refine((answers) => Object.values(answers).some((a) => a !== undefined), 'answer at least one question');
export type MarketMirrorAnswersInput = z.infer<typeof marketMirrorAnswersSchema>;

export const marketMirrorAssessmentInputSchema = z.strictObject({ answers: marketMirrorAnswersSchema });
export type MarketMirrorAssessmentInput = z.infer<typeof marketMirrorAssessmentInputSchema>;

export const marketMirrorScoreSchema = z.object({
  answered: z.number().int(),
  questions: z.number().int(),
  atOrAbove: z.number().int(),
  share: z.number(),
  results: z.array(
    z.object({
      questionKey: z.string(),
      answer: z.string(),
      sameAnswer: studyShareSchema.nullable(),
      better: z.boolean(),
    }),
  ),
  gaps: z.array(z.object({ questionKey: z.string(), answer: z.string(), link: linkSchema })),
});
export const scoreMatches: SameType<z.infer<typeof marketMirrorScoreSchema>, MarketMirrorScore> = true;

export const marketMirrorProgressSchema = z.object({
  shareChange: z.number(),
  closedGaps: z.array(z.string()),
  newGaps: z.array(z.string()),
});
export const progressMatches: SameType<
  z.infer<typeof marketMirrorProgressSchema>,
  MarketMirrorProgress
> = true;

/** One saved self-assessment with its score and what changed since the one before (null for the first). */
export const marketMirrorAssessmentSchema = z.object({
  id: idSchema,
  takenAt: z.string(),
  takenByName: z.string(),
  answers: z.record(z.string(), z.string()),
  score: marketMirrorScoreSchema,
  progress: marketMirrorProgressSchema.nullable(),
});
export type MarketMirrorAssessment = z.infer<typeof marketMirrorAssessmentSchema>;

/** Every assessment of the workspace, newest first. */
export const marketMirrorAssessmentListSchema = z.array(marketMirrorAssessmentSchema);
