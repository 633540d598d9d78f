import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import type { FunnelRequest } from './funnelQuery';
import { useFunnelT } from './messages';
import { useFunnelProfiles } from './useFunnelProfiles';

/** The people behind one phase's figure (or its drop-off), each a link to the profile. */
export function FunnelProfiles({
  workspaceId,
  request,
  phase,
  phaseName,
  dropped,
  onClose,
}: {
  workspaceId: string;
  request: FunnelRequest;
  phase: string;
  phaseName: string;
  dropped: boolean;
  onClose: () => void;
}) {
  const t = useFunnelT();
  const format = useFormat();
  const profiles = useFunnelProfiles(workspaceId, request, phase, dropped);
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="funnel-profiles-title" data-testid="funnel-profiles">
      <div className="page-head">
        <h2 id="funnel-profiles-title">
          {t(dropped ? 'droppedTitle' : 'profilesTitle', { phase: phaseName })}
        </h2>
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
            <ul className="fn-people">
              {items.map((p) => (
                <li key={p.id}>
                  <Link to={`/customers/${p.id}`}>{p.name || p.email || t('anonymous')}</Link>
                  {p.company && <span className="hint"> · {p.company.name}</span>}
                  {p.lastSeenAt && <span className="hint"> · {format.dateTime(p.lastSeenAt)}</span>}
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
