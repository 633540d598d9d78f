import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCustomerValueT } from './messages';
import { useCustomerValueProfiles } from './useCustomerValue';
import type { ValueRequest, ValueSelection } from './valueQuery';

/** The customers behind one figure, highest revenue first, each a link to the profile. */
export function ValueProfiles({
  workspaceId,
  request,
  selection,
  title,
  onClose,
}: {
  workspaceId: string;
  request: ValueRequest;
  selection: ValueSelection;
  title: string;
  onClose: () => void;
}) {
  const t = useCustomerValueT();
  const format = useFormat();
  const profiles = useCustomerValueProfiles(workspaceId, request, selection);
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="cv-profiles-title" data-testid="value-profiles">
      <div className="page-head">
        <h2 id="cv-profiles-title">{title}</h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t('profiles.close')}
        </button>
      </div>
      <QueryContent
        query={profiles}
        empty={t('profiles.empty')}
        isEmpty={(data) => data.pages.every((p) => p.items.length === 0)}
      >
        {() => (
          <>
            <ul className="cv-people">
              {items.map((p) => (
                <li key={p.id}>
                  <Link to={`/customers/${p.id}`}>{p.name || p.email || t('profiles.anonymous')}</Link>
                  {p.company && <span className="hint"> · {p.company.name}</span>}
                  <span className="hint"> · {format.number(p.revenue, 2)}</span>
                </li>
              ))}
            </ul>
            {profiles.hasNextPage && (
              <button
                type="button"
                className="button button-ghost"
                disabled={profiles.isFetchingNextPage}
                onClick={() => void profiles.fetchNextPage()}
              >
                {t('profiles.more')}
              </button>
            )}
          </>
        )}
      </QueryContent>
    </section>
  );
}
