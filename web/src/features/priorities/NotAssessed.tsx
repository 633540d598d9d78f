import { Link } from 'react-router-dom';
import { usePrioritiesT } from './messages';

/**
 * The touchpoints nobody has given impact and effort yet. They are not ranked on made-up numbers; this
 * says how many wait and leads to each, where the two scores are set.
 */
export function NotAssessed({ rows }: { rows: readonly { id: string; name: string }[] }) {
  const t = usePrioritiesT();
  return (
    <section className="panel prio-not-assessed" aria-labelledby="prio-not-assessed-title">
      <h2 id="prio-not-assessed-title">{t('notAssessed.title', { count: rows.length })}</h2>
      <p className="hint">{t('notAssessed.intro')}</p>
      <ul className="prio-not-assessed-list" data-testid="not-assessed">
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={`/touchpoints/${row.id}`}>{row.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
