import type { MarketMirrorAssessment } from '../../../../src/contract/marketMirror';
import { useMarketMirrorT } from './messages';
import { shareText, type Question } from './shareText';

/** Each answered question: the study's share per answer as bars, the company's answer marked. */
export function MirrorComparison({
  lang,
  questions,
  assessment,
}: {
  lang: 'de' | 'en';
  questions: Question[];
  assessment: MarketMirrorAssessment;
}) {
  const t = useMarketMirrorT();
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return (
    <ol className="mirror-comparison" data-testid="mirror-comparison">
      {assessment.score.results.map((r) => {
        const q = byKey.get(r.questionKey);
        if (!q) return null;
        return (
          <li key={r.questionKey} className="mirror-compare" data-question={r.questionKey}>
            <div className="mirror-compare-head">
              <h3>{lang === 'en' ? q.questionEn : q.questionDe}</h3>
              <span className={r.better ? 'badge badge-success' : 'badge badge-danger'}>
                {r.better ? t('result.better') : t('result.gap')}
              </span>
            </div>
            <ul className="mirror-bars" aria-label={t('result.chartLabel')}>
              {q.options.map((o) => {
                const mine = o.key === r.answer;
                return (
                  <li key={o.key} className={mine ? 'mirror-bar mirror-bar-mine' : 'mirror-bar'}>
                    <span className="mirror-bar-label">
                      {lang === 'en' ? o.labelEn : o.labelDe}
                      {mine && <strong className="mirror-mine"> · {t('result.yourAnswer')}</strong>}
                    </span>
                    <span className="mirror-bar-track" aria-hidden="true">
                      <span className="mirror-bar-fill" style={{ width: `${o.study?.percent ?? 0}%` }} />
                    </span>
                    <span className="mirror-bar-value">
                      {o.study ? shareText(t, lang, o.study) : t('result.noFigure')}
                    </span>
                  </li>
                );
              })}
            </ul>
            <p className="hint">
              {r.sameAnswer
                ? t('result.sameAnswer', { share: shareText(t, lang, r.sameAnswer) })
                : t('result.sameAnswerNone')}
            </p>
            {q.sideFigures.length > 0 && (
              <p className="mirror-side">
                {t('result.sideFigures')}:{' '}
                {q.sideFigures
                  .map((f) => `${lang === 'en' ? f.groupEn : f.groupDe} ${shareText(t, lang, f.share)}`)
                  .join(' · ')}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
