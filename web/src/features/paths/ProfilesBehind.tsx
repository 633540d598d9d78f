import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ProfilePage } from '../../../../src/contract/profiles';
import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';

/** The people behind a figure, each a link to the profile, a page at a time. */
export function ProfilesBehind({
  title,
  profiles,
  labels,
  onClose,
}: {
  title: string;
  profiles: UseInfiniteQueryResult<InfiniteData<ProfilePage>>;
  labels: { empty: string; more: string; close: string; anonymous: string };
  onClose: () => void;
}) {
  const format = useFormat();
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="panel" aria-label={title} data-testid="profiles-behind">
      <div className="page-head">
        <h2>{title}</h2>
        <button type="button" className="button button-ghost" onClick={onClose}>
          {labels.close}
        </button>
      </div>
      <QueryContent
        query={profiles}
        empty={labels.empty}
        isEmpty={(data) => data.pages.every((p) => p.items.length === 0)}
      >
        {() => (
          <>
            <ul className="pa-people">
              {items.map((p) => (
                <li key={p.id}>
                  <Link to={`/customers/${p.id}`}>{p.name || p.email || labels.anonymous}</Link>
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
                {labels.more}
              </button>
            )}
          </>
        )}
      </QueryContent>
    </section>
  );
}
