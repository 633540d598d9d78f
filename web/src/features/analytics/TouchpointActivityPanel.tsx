import { QueryContent } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useAnalyticsT } from './messages';
import { useTouchpointActivity } from './useTouchpointActivity';

/** Events per touchpoint in the range, most active first, with a bar drawn in text and CSS. */
export function TouchpointActivityPanel({
  workspaceId,
  from,
  to,
}: {
  workspaceId: string;
  from: string;
  to: string;
}) {
  const t = useAnalyticsT();
  const format = useFormat();
  const activity = useTouchpointActivity(workspaceId, from, to);
  const rows = [...(activity.data?.touchpoints ?? [])].sort((a, b) => b.events - a.events);
  const max = Math.max(1, ...rows.map((r) => r.events));
  const money = new Intl.NumberFormat(format.locale, { style: 'currency', currency: 'EUR' });

  return (
    <section className="panel" aria-labelledby="analytics-activity-title">
      <h2 id="analytics-activity-title">{t('activity.title')}</h2>
      <QueryContent query={activity} empty={t('activity.none')} isEmpty={() => rows.length === 0}>
        {() => (
          <table className="table" data-testid="touchpoint-activity">
            <thead>
              <tr>
                <th scope="col">{t('activity.touchpoint')}</th>
                <th scope="col">{t('activity.events')}</th>
                <th scope="col">{t('activity.revenue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.touchpointId ?? 'unmapped'}>
                  <th scope="row">{r.touchpointName ?? t('activity.unmapped')}</th>
                  <td>
                    <span
                      aria-hidden="true"
                      style={{
                        display: 'inline-block',
                        height: '0.7rem',
                        width: `${Math.round((r.events / max) * 80)}px`,
                        background: '#1d4ed8',
                        marginRight: '0.4rem',
                      }}
                    />
                    {format.plain(r.events)}
                  </td>
                  <td>{money.format(r.revenue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryContent>
    </section>
  );
}
