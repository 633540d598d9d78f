import type { MarketMirrorAssessment } from '../../../../src/contract/marketMirror';
import { useFormat } from '../../i18n/format';
import { useMarketMirrorT } from './messages';
import type { Question } from './shareText';

/** What changed since the assessment before the latest one. */
export function MirrorProgress({
  lang,
  questions,
  progress,
}: {
  lang: 'de' | 'en';
  questions: Question[];
  progress: NonNullable<MarketMirrorAssessment['progress']>;
}) {
  const t = useMarketMirrorT();
  const format = useFormat();
  const name = (key: string) => {
    const q = questions.find((x) => x.key === key);
    return q ? (lang === 'en' ? q.questionEn : q.questionDe) : key;
  };
  const change = progress.shareChange * 100;
  return (
    <section
      className="mirror-progress"
      aria-labelledby="mirror-progress-title"
      data-testid="mirror-progress"
    >
      <h3 id="mirror-progress-title">{t('progress.title')}</h3>
      <p>{t('progress.change', { change: `${change > 0 ? '+' : ''}${format.number(change, 0)}` })}</p>
      {progress.closedGaps.length > 0 && (
        <p>
          {t('progress.closed', {
            count: progress.closedGaps.length,
            questions: progress.closedGaps.map(name).join('; '),
          })}
        </p>
      )}
      {progress.newGaps.length > 0 && (
        <p>
          {t('progress.opened', {
            count: progress.newGaps.length,
            questions: progress.newGaps.map(name).join('; '),
          })}
        </p>
      )}
    </section>
  );
}
