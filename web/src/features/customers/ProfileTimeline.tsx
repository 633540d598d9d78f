import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useCustomersT } from './messages';
import { usePhaseLabel } from './usePhaseLabel';
import { useTimeline } from './useTimeline';

/** Every interaction, newest first: what happened, at which touchpoint and in which phase. */
export function ProfileTimeline({ workspaceId, profileId }: { workspaceId: string; profileId: string }) {
  const t = useCustomersT();
  const format = useFormat();
  const phaseLabel = usePhaseLabel();
  const eventTypeLabel = useEventTypeLabel();
  const timeline = useTimeline(workspaceId, profileId);
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="panel panel-wide" aria-labelledby="profile-timeline">
      <h2 id="profile-timeline">{t('timeline.title')}</h2>
      <QueryContent query={timeline} empty={t('timeline.none')} isEmpty={() => items.length === 0}>
        {() => (
          <div className="cu-scroll">
            <table className="table" data-testid="timeline">
              <thead>
                <tr>
                  <th scope="col">{t('timeline.when')}</th>
                  <th scope="col">{t('timeline.what')}</th>
                  <th scope="col">{t('timeline.touchpoint')}</th>
                  <th scope="col">{t('timeline.phase')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.eventId} data-testid="timeline-item">
                    <td>
                      <time dateTime={item.occurredAt}>{format.dateTime(item.occurredAt)}</time>
                    </td>
                    <td>
                      {eventTypeLabel(item.type)}
                      {item.name ? `: ${item.name}` : ''}
                      {item.url && <div className="muted link-url">{item.url}</div>}
                    </td>
                    <td>{item.touchpointName ?? <span className="muted">{t('timeline.unmapped')}</span>}</td>
                    <td>{phaseLabel(item.phase) ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>
      {timeline.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('loadMore')}
        </button>
      )}
    </section>
  );
}
