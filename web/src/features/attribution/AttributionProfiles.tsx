import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import type { AttributionRequest } from './attributionQuery';
import { useAttributionT } from './messages';
import { useAttributionProfiles } from './useAttribution';

/** The people whose converting journeys contain one key, each a link to the profile. */
export function AttributionProfiles({
  workspaceId,
  request,
  attributionKey,
  name,
  onClose,
}: {
  workspaceId: string;
  request: AttributionRequest;
  attributionKey: string;
  name: string;
  onClose: () => void;
}) {
  const t = useAttributionT();
  const format = useFormat();
  const profiles = useAttributionProfiles(workspaceId, request, attributionKey);
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="at-profiles-title" data-testid="attribution-profiles">
      <div className="page-head">
        <h2 id="at-profiles-title">{t('profilesTitle', { name })}</h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <QueryContent
        query={profiles}
        empty={t('profilesEmpty')}
        isEmpty={(data) => data.pages.every((p) => p.items.length === 0)}
      >
        {() => (
          <>
            <ul className="at-people">
              {items.map((p) => (
                <li key={p.id}>
                  <Link to={`/customers/${p.id}`}>{p.name || p.email || t('anonymous')}</Link>
                  {p.company && <span className="hint"> · {p.company.name}</span>}
                  {p.revenue > 0 && <span className="hint"> · {format.number(p.revenue, 2)} €</span>}
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
                {t('more')}
              </button>
            )}
          </>
        )}
      </QueryContent>
    </section>
  );
}
