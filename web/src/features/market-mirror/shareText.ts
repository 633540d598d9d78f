import type { MarketMirrorQuestionnaire } from '../../../../src/contract/marketMirror';
import type { MarketMirrorT } from './messages';

export type Question = MarketMirrorQuestionnaire['questions'][number];
export type Share = NonNullable<Question['options'][number]['study']>;

/** A share as the study prints it: "38 %", "mehr als 50 %", "ein Viertel (25 %)". */
export function shareText(t: MarketMirrorT, lang: 'de' | 'en', share: Share): string {
  if (share.inWords) return t('share.inWords', { words: share.inWords[lang], value: share.percent });
  return t(`share.${share.qualifier}`, { value: share.percent });
}
