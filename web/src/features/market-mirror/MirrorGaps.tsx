import { Link } from 'react-router-dom';
import type { MarketMirrorAssessment } from '../../../../src/contract/marketMirror';
import { useMarketMirrorT } from './messages';
import type { Question } from './shareText';

/** The latest assessment's gaps, each with the Touchpoint screen that closes it. */
export function MirrorGaps({
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
    <section className="mirror-gaps" aria-labelledby="mirror-gaps-title" data-testid="mirror-gaps">
      <h2 id="mirror-gaps-title">{t('gaps.title')}</h2>
      {assessment.score.gaps.length === 0 ? (
        <p>{t('gaps.none')}</p>
      ) : (
        <ul className="card-list">
          {assessment.score.gaps.map((g) => {
            const q = byKey.get(g.questionKey);
            if (!q) return null;
            return (
              <li key={g.questionKey} className="card" data-question={g.questionKey}>
                <p className="mirror-gap-question">{lang === 'en' ? q.questionEn : q.questionDe}</p>
                <p>{lang === 'en' ? q.closedBy.textEn : q.closedBy.textDe}</p>
                <Link to={g.link}>{t('gaps.open', { screen: t(`screens.${g.link}`) })} →</Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
