import {
  quickcheckAnswerLabels,
  quickcheckAnswerLabelsEn,
  type QuickcheckAnswer,
} from '../../../../src/core/quickcheck';

/** "sehr wichtig" / "very important" for an answer slug. */
export function answerLabel(answer: QuickcheckAnswer, lang: 'de' | 'en'): string {
  return lang === 'en' ? quickcheckAnswerLabelsEn[answer] : quickcheckAnswerLabels[answer];
}
