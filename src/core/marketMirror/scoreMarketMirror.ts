import { err, ok, type Result } from '../result';
import { marketMirrorQuestions, type MarketMirrorLink, type MarketMirrorQuestion } from './questions';
import type { StudyShare } from './studyFigures';

/** A company's answers: question key → option key; a question left out was not answered. */
export type MarketMirrorAnswers = Readonly<Record<string, string>>;

export interface MarketMirrorGap {
  questionKey: string;
  answer: string;
  link: MarketMirrorLink;
}

export interface MarketMirrorQuestionResult {
  questionKey: string;
  answer: string;
  /** The study's share of companies with the same answer (null: the study prints none). */
  sameAnswer: StudyShare | null;
  /** At or above the study's better group. */
  better: boolean;
}

export interface MarketMirrorScore {
  answered: number;
  questions: number;
  /** Answered questions where the company is in the study's better group. */
  atOrAbove: number;
  /** `atOrAbove / answered`, 0 to 1. */
  share: number;
  results: MarketMirrorQuestionResult[];
  /** The answers outside the better group, each with the screen that closes the gap, in question order. */
  gaps: MarketMirrorGap[];
}

/**
 * Scores a self-assessment against the market study: for each answered question, whether the answer
 * is in the study's better group (e.g. a defined lead handover, which 38 % of the companies have),
 * and for every other answer the gap with the Touchpoint screen that closes it. The share is taken
 * over the answered questions, so skipping a question neither helps nor hurts.
 *
 * @example
 * scoreMarketMirror({ lead_handover: 'defined_process', pipeline: 'none' })
 * // ok({ answered: 2, questions: 14, atOrAbove: 1, share: 0.5, gaps: [{ questionKey: 'pipeline', answer: 'none', link: '/customers' }], … })
 */
export function scoreMarketMirror(
  answers: MarketMirrorAnswers,
  questions: readonly MarketMirrorQuestion[] = marketMirrorQuestions,
): Result<MarketMirrorScore> {
  const byKey = new Map(questions.map((q) => [q.key, q]));
  for (const [questionKey, answer] of Object.entries(answers)) {
    const question = byKey.get(questionKey);
    if (!question)
      return err('validation_failed', `${questionKey} is not a question of the market mirror`, {
        field: `answers.${questionKey}`,
      });
    if (!question.options.some((o) => o.key === answer))
      return err('validation_failed', `${answer} is not an answer to ${questionKey}`, {
        field: `answers.${questionKey}`,
      });
  }
  const results: MarketMirrorQuestionResult[] = [];
  const gaps: MarketMirrorGap[] = [];
  for (const question of questions) {
    const answer = answers[question.key];
    if (answer === undefined) continue;
    const chosen = question.options.find((o) => o.key === answer);
    if (!chosen) continue;
    results.push({ questionKey: question.key, answer, sameAnswer: chosen.study, better: chosen.better });
    if (!chosen.better) gaps.push({ questionKey: question.key, answer, link: question.closedBy.link });
  }
  if (results.length === 0)
    return err('validation_failed', 'Answer at least one question', { field: 'answers' });
  const atOrAbove = results.filter((r) => r.better).length;
  return ok({
    answered: results.length,
    questions: questions.length,
    atOrAbove,
    share: atOrAbove / results.length,
    results,
    gaps,
  });
}

/**
 * The study's share of companies in a question's better group, when it prints one for every option
 * of that group (added up); null otherwise, since a missing figure is never guessed.
 *
 * @example betterGroupShare(question('lead_handover')) // { percent: 38, qualifier: 'exact' }
 */
export function betterGroupShare(question: MarketMirrorQuestion): StudyShare | null {
  const better = question.options.filter((o) => o.better);
  const shares = better.map((o) => o.study);
  if (shares.length === 0 || shares.some((s) => s === null)) return null;
  const known = shares as StudyShare[];
  if (known.length === 1) return known[0] ?? null;
  return {
    percent: known.reduce((sum, s) => sum + s.percent, 0),
    qualifier: known.every((s) => s.qualifier === 'exact') ? 'exact' : 'about',
  };
}
