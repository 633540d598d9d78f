import { Empty, LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useSendTimeAnalysis } from './emailQueries';
import { useEmailT } from './messages';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * Opens by weekday × hour in the browser's time zone, as a table: every cell shows its number, and the
 * shade only repeats it, so nothing depends on colour. Dark cells get white text for contrast.
 */
export function SendTimePanel({ workspaceId, mailingId }: { workspaceId: string; mailingId?: string }) {
  const t = useEmailT();
  const format = useFormat();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const analysis = useSendTimeAnalysis(workspaceId, zone, mailingId);

  const body = () => {
    if (analysis.isPending) return <Loading />;
    if (analysis.isError) return <LoadError error={analysis.error} onRetry={() => void analysis.refetch()} />;
    const a = analysis.data;
    if (a.totalOpens === 0) return <Empty>{t('sendTime.none')}</Empty>;
    const counts = new Map(a.cells.map((c) => [`${c.weekday}-${c.hour}`, c.opens]));
    const max = Math.max(1, ...a.cells.map((c) => c.opens));
    return (
      <>
        <p className="hint">{t('sendTime.intro', { zone: a.timeZone, total: format.plain(a.totalOpens) })}</p>
        <div className="em-scroll">
          <table className="em-heatmap" data-testid="send-time-heatmap">
            <thead>
              <tr>
                <th scope="col">{t('sendTime.weekday')}</th>
                {HOURS.map((h) => (
                  <th scope="col" key={h}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {WEEKDAYS.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(`sendTime.weekdays.${d}`)}</th>
                  {HOURS.map((h) => {
                    const opens = counts.get(`${d}-${h}`) ?? 0;
                    const share = opens / max;
                    return (
                      <td
                        key={h}
                        style={{
                          background: opens ? `rgba(29, 78, 216, ${0.12 + share * 0.88})` : undefined,
                          color: share > 0.5 ? '#fff' : undefined,
                        }}
                      >
                        {opens || ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </>
    );
  };

  return (
    <section className="panel" aria-labelledby="send-time-title">
      <h2 id="send-time-title">{t('sendTime.title')}</h2>
      {body()}
    </section>
  );
}
