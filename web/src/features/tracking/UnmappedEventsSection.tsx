import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useEventTypeLabel } from '../../i18n/useEventTypeLabel';
import { useTrackingT } from './messages';
import { useUnmappedEvents } from './trackingQueries';

/** The latest events no mapping rule claimed, as hints for the next rule. */
export function UnmappedEventsSection({ workspaceId }: { workspaceId: string }) {
  const t = useTrackingT();
  const format = useFormat();
  const eventTypeLabel = useEventTypeLabel();
  const events = useUnmappedEvents(workspaceId);
  return (
    <section className="panel" aria-labelledby="unmapped-title">
      <h2 id="unmapped-title">{t('unmapped.title')}</h2>
      <p className="hint">{t('unmapped.intro')}</p>
      <QueryContent query={events} empty={t('unmapped.none')}>
        {(data) => (
          <div className="tr-scroll">
            <table className="table" data-testid="unmapped-events">
              <thead>
                <tr>
                  <th scope="col">{t('unmapped.when')}</th>
                  <th scope="col">{t('unmapped.type')}</th>
                  <th scope="col">{t('unmapped.channel')}</th>
                  <th scope="col">{t('unmapped.url')}</th>
                  <th scope="col">{t('unmapped.utm')}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((e) => (
                  <tr key={e.eventId}>
                    <td>{format.dateTime(e.occurredAt)}</td>
                    <td title={e.type}>
                      {eventTypeLabel(e.type)}
                      {e.name ? `: ${e.name}` : ''}
                    </td>
                    <td>{e.channel ?? '–'}</td>
                    <td className="link-url">{e.url ?? '–'}</td>
                    <td>{[e.utm.source, e.utm.medium, e.utm.campaign].filter(Boolean).join(' / ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryContent>
    </section>
  );
}
