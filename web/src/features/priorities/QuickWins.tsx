import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import type { MatrixPoint } from './PriorityMatrix';
import { usePrioritiesT } from './messages';

/** The quick wins, best first: where the workshop should start. */
export function QuickWins({ rows }: { rows: readonly MatrixPoint[] }) {
  const t = usePrioritiesT();
  const format = useFormat();
  return (
    <section className="panel prio-quick-wins" aria-labelledby="prio-qw-title" data-testid="quick-wins">
      <h2 id="prio-qw-title">
        <span aria-hidden="true">⚡ </span>
        {t('quickWins.title')}
      </h2>
      <p className="hint">{t('quickWins.intro')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('quickWins.none')}</p>
      ) : (
        <ol className="prio-qw-list">
          {rows.map((row) => (
            <li key={row.id} data-testid="quick-win">
              <Link to={`/touchpoints/${row.id}`} className="prio-qw-name">
                {row.name}
              </Link>
              {row.momentThatMatters && <span className="badge badge-mtm">{t('gaps.mtmShort')}</span>}
              <span className="prio-qw-score">
                {t('quickWins.score', { score: format.number(row.priorityScore, 1) })}
              </span>
              <span className="muted prio-qw-gap">
                {t('quickWins.gap', { maturity: row.maturityGap, rating: format.number(row.ratingGap, 1) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
