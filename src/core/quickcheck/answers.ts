import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { quickcheckAnswerPoints, quickcheckNeedCategories, type QuickcheckAnswerLabel } from './weights';

/** The answer slugs of the CLI and the API, best first. */
export const quickcheckAnswerSchema = z.enum(['sehr-wichtig', 'wichtig', 'weniger-wichtig', 'unwichtig']);
export type QuickcheckAnswer = z.infer<typeof quickcheckAnswerSchema>;

export const quickcheckAnswerValues: readonly QuickcheckAnswer[] = quickcheckAnswerSchema.options;

/** One answer per need category. */
export const quickcheckQuestionCount = quickcheckNeedCategories.length;

/** The label each slug stands for in the original Quickcheck (and so in `quickcheckAnswerPoints`). */
export const quickcheckAnswerLabels = {
  'sehr-wichtig': 'sehr wichtig',
  wichtig: 'wichtig',
  'weniger-wichtig': 'weniger wichtig',
  unwichtig: 'unwichtig',
} as const satisfies Record<QuickcheckAnswer, QuickcheckAnswerLabel>;

export const quickcheckAnswerLabelsEn = {
  'sehr-wichtig': 'very important',
  wichtig: 'important',
  'weniger-wichtig': 'less important',
  unwichtig: 'unimportant',
} as const satisfies Record<QuickcheckAnswer, string>;

/** Points of one answer: 6 / 4 / 2 / 0. */
export function quickcheckPointsFor(answer: QuickcheckAnswer): number {
  return quickcheckAnswerPoints[quickcheckAnswerLabels[answer]];
}

/**
 * Parses the comma-separated answers of a whole Quickcheck ("A1,A2,...,A14"). Each value is a slug of
 * `quickcheckAnswerSchema`; case, surrounding blanks and a blank instead of the hyphen are forgiven, so
 * the German labels ("sehr wichtig") work too.
 *
 * @example
 * parseAnswerList('sehr-wichtig,wichtig,...'); // { ok: true, value: ['sehr-wichtig', 'wichtig', ...] }
 * parseAnswerList('wichtig,egal');             // { ok: false, error: { code: 'validation_failed', ... } }
 */
export function parseAnswerList(text: string): Result<QuickcheckAnswer[]> {
  const raw = text.trim() === '' ? [] : text.split(',');
  if (raw.length !== quickcheckQuestionCount) {
    return err(
      'validation_failed',
      `Expected ${quickcheckQuestionCount} answers (one per question, comma-separated), got ${raw.length}.`,
      { expected: quickcheckQuestionCount, given: raw.length },
    );
  }
  const answers: QuickcheckAnswer[] = [];
  for (const [index, value] of raw.entries()) {
    const parsed = quickcheckAnswerSchema.safeParse(value.trim().toLowerCase().replace(/\s+/g, '-'));
    if (!parsed.success) {
      const position = index + 1;
      return err(
        'validation_failed',
        `Answer ${position} is "${value.trim()}"; allowed values: ${quickcheckAnswerValues.join(', ')}.`,
        { position, value, allowed: quickcheckAnswerValues },
      );
    }
    answers.push(parsed.data);
  }
  return ok(answers);
}
