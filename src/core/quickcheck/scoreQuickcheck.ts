import { err, ok, type Result } from '../result';
import {
  quickcheckAnswerSchema,
  quickcheckAnswerValues,
  quickcheckPointsFor,
  quickcheckQuestionCount,
  type QuickcheckAnswer,
} from './answers';
import { quickcheckQuestions, type QuickcheckQuestionKey } from './questions';
import {
  quickcheckInterfaces,
  quickcheckLabels,
  quickcheckMatrix,
  quickcheckMaxAnswerPoints,
  type QuickcheckInterface,
  type QuickcheckLabel,
  type QuickcheckLabelDefinition,
  type QuickcheckLabelKey,
  type QuickcheckNeedCategory,
} from './weights';

/** One answer that earned an interface points: answer points times the weight of its need category. */
export interface QuickcheckReason {
  questionKey: QuickcheckQuestionKey;
  categoryDe: QuickcheckNeedCategory;
  categoryEn: string;
  answer: QuickcheckAnswer;
  contribution: number;
}

export interface QuickcheckResultRow {
  /** 1-based and consecutive; equal percents still get distinct ranks, in the order of `quickcheckInterfaces`. */
  rank: number;
  interface: QuickcheckInterface;
  /** 100 * points / maxPoints, rounded to one decimal. */
  percent: number;
  label: QuickcheckLabel;
  labelKey: QuickcheckLabelKey;
  points: number;
  maxPoints: number;
  /** The (up to) three answers that gave this interface the most points, largest first. */
  why: QuickcheckReason[];
}

const reasonsPerRow = 3;
const [, , , lowestLabel] = quickcheckLabels;

/**
 * The label for an exact (unrounded) percent: the first of `quickcheckLabels` whose threshold it reaches.
 *
 * @example
 * quickcheckLabelFor(80).label;    // 'Sehr empfehlenswert'
 * quickcheckLabelFor(79.99).label; // 'empfehlenswert'
 */
export function quickcheckLabelFor(percent: number): QuickcheckLabelDefinition {
  return quickcheckLabels.find((label) => percent >= label.minPercent) ?? lowestLabel;
}

function cell(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`Quickcheck weights: no value at index ${index}`);
  return value;
}

/**
 * Scores a complete Quickcheck by the rule of the original (seed 002 section 2.5), except that all 14
 * answers count (the public web version drops the 14th by a loop bug). For each interface:
 * points = Σ answerPoints(q) · weight(q, t), maxPoints = Σ 6 · weight(q, t). Rows are ranked by the exact
 * percent, highest first; equal percents keep the order of `quickcheckInterfaces`. The label follows the
 * exact percent too (with the current weights no rounded percent ever crosses a threshold the exact one
 * does not).
 *
 * @example
 * const result = scoreQuickcheck(Array(14).fill('sehr-wichtig'));
 * // result.ok === true; result.value[0]:
 * // { rank: 1, interface: 'Augmented Reality', percent: 100, label: 'Sehr empfehlenswert',
 * //   labelKey: 'very_recommended', points: 114, maxPoints: 114, why: [...] }
 */
export function scoreQuickcheck(answers: readonly QuickcheckAnswer[]): Result<QuickcheckResultRow[]> {
  if (answers.length !== quickcheckQuestionCount) {
    return err(
      'validation_failed',
      `The Quickcheck needs all ${quickcheckQuestionCount} answers, got ${answers.length}.`,
      { expected: quickcheckQuestionCount, given: answers.length },
    );
  }
  const answered: Array<{
    question: (typeof quickcheckQuestions)[number];
    answer: QuickcheckAnswer;
    answerPoints: number;
    weights: readonly number[];
  }> = [];
  for (const [q, question] of quickcheckQuestions.entries()) {
    // The type already says so; callers from plain JavaScript or JSON get an error value, not NaN.
    const parsed = quickcheckAnswerSchema.safeParse(answers[q]);
    if (!parsed.success) {
      return err(
        'validation_failed',
        `Answer ${q + 1} is "${String(answers[q])}"; allowed values: ${quickcheckAnswerValues.join(', ')}.`,
        { position: q + 1, allowed: quickcheckAnswerValues },
      );
    }
    const answer = parsed.data;
    answered.push({
      question,
      answer,
      answerPoints: quickcheckPointsFor(answer),
      weights: quickcheckMatrix[q] ?? [],
    });
  }

  const scored = quickcheckInterfaces.map((name, t) => {
    let points = 0;
    let maxPoints = 0;
    const reasons: QuickcheckReason[] = [];
    for (const { question, answer, answerPoints, weights } of answered) {
      const weight = cell(weights, t);
      const contribution = answerPoints * weight;
      points += contribution;
      maxPoints += quickcheckMaxAnswerPoints * weight;
      if (contribution > 0) {
        reasons.push({
          questionKey: question.key,
          categoryDe: question.categoryDe,
          categoryEn: question.categoryEn,
          answer,
          contribution,
        });
      }
    }
    // One correctly rounded division of integers: equal fractions give equal numbers, so ties are exact.
    const exactPercent = maxPoints === 0 ? 0 : (100 * points) / maxPoints;
    // Array#sort is stable: equal contributions stay in question order.
    const why = reasons.sort((a, b) => b.contribution - a.contribution).slice(0, reasonsPerRow);
    const percent = maxPoints === 0 ? 0 : Math.round((1000 * points) / maxPoints) / 10;
    return { name, points, maxPoints, exactPercent, percent, why };
  });

  // Array#sort is stable: interfaces with equal exact percents keep the order of `quickcheckInterfaces`.
  const ranked = scored.sort((a, b) => b.exactPercent - a.exactPercent);
  return ok(
    ranked.map((row, index) => {
      const label = quickcheckLabelFor(row.exactPercent);
      return {
        rank: index + 1,
        interface: row.name,
        percent: row.percent,
        label: label.label,
        labelKey: label.key,
        points: row.points,
        maxPoints: row.maxPoints,
        why: row.why,
      };
    }),
  );
}
