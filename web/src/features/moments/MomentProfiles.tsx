import { useState } from 'react';
import { Link } from 'react-router-dom';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useMomentsT } from './messages';
import type { MomentsRequest } from './momentsQuery';
import { useMomentProfiles } from './useMomentProfiles';

/** The people behind one candidate's figure (with or without the touchpoint), each a link to the profile. */
export function MomentProfiles({
  workspaceId,
  request,
  touchpoint,
  name,
  group,
  onClose,
}: {
  workspaceId: string;
  request: MomentsRequest;
  touchpoint: string;
  name: string;
  group: 'with' | 'without';
  onClose: () => void;
}) {
  const t = useMomentsT();
  const format = useFormat();
  const [onlyConverted, setOnlyConverted] = useState(false);
  const profiles = useMomentProfiles(workspaceId, request, touchpoint, group, onlyConverted);
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-labelledby="moment-profiles-title" data-testid="moment-profiles">
      <div className="page-head">
        <h2 id="moment-profiles-title">
          {t(group === 'with' ? 'profilesWith' : 'profilesWithout', { name })}
        </h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={onlyConverted} onChange={(e) => setOnlyConverted(e.target.checked)} />{' '}
        {t('onlyConverted')}
      </label>
      <QueryContent
        query={profiles}
        empty={t('profilesEmpty')}
        isEmpty={(data) => data.pages.every((p) => p.items.length === 0)}
      >
        {() => (
          <>
            <ul className="mm-people">
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
