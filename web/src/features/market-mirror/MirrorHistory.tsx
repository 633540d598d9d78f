import type { MarketMirrorAssessment } from '../../../../src/contract/marketMirror';
import { useFormat } from '../../i18n/format';
import { useMarketMirrorT } from './messages';

/** Every assessment, oldest first, with its share in the better group as a bar: progress over time. */
export function MirrorHistory({ assessments }: { assessments: MarketMirrorAssessment[] }) {
  const t = useMarketMirrorT();
  const format = useFormat();
  return (
    <section aria-labelledby="mirror-history-title" data-testid="mirror-history">
      <h2 id="mirror-history-title">{t('history.title')}</h2>
      {assessments.length === 0 ? (
        <p className="hint">{t('history.none')}</p>
      ) : (
        <div className="mirror-history-scroll">
          <table className="table mirror-history">
            <thead>
              <tr>
                <th scope="col">{t('history.date')}</th>
                <th scope="col">{t('history.by')}</th>
                <th scope="col">{t('history.score')}</th>
                <th scope="col">{t('history.gaps')}</th>
              </tr>
            </thead>
            <tbody>
              {[...assessments].reverse().map((a) => (
                <tr key={a.id}>
                  <td>{format.dateTime(a.takenAt)}</td>
                  <td>{a.takenByName}</td>
                  <td>
                    <span className="mirror-history-score">
                      <span className="mirror-bar-track" aria-hidden="true">
                        <span className="mirror-bar-fill" style={{ width: `${a.score.share * 100}%` }} />
                      </span>
                      <span>
                        {a.score.atOrAbove}/{a.score.answered} ({format.number(a.score.share * 100, 0)} %)
                      </span>
                    </span>
                  </td>
                  <td>{a.score.gaps.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
