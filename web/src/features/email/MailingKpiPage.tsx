import { Link, useParams } from 'react-router-dom';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useMailingKpis } from './emailQueries';
import { useEmailT } from './messages';
import { COUNT_KEYS, RATE_KEYS } from './rates';
import { SendTimePanel } from './SendTimePanel';
import { useRateFormat } from './useRateFormat';

/** One mailing's counters and every rate of seed 000; an Abmelderate above 1 % is flagged in words and with ⚠. */
export function MailingKpiPage() {
  const t = useEmailT();
  const format = useFormat();
  const rate = useRateFormat();
  const { id = '' } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  const kpis = useMailingKpis(workspaceId, id);

  if (kpis.isPending) return <Loading />;
  if (kpis.isError) return <LoadError error={kpis.error} onRetry={() => void kpis.refetch()} />;
  const k = kpis.data;
  const flagged = k.flags.unsubscribeRateAbove1Percent;

  return (
    <section className="page" aria-labelledby="mailing-kpi-title">
      <p>
        <Link to="/email">← {t('editor.back')}</Link>
      </p>
      <h1 id="mailing-kpi-title">{t('kpis.title', { name: k.name })}</h1>
      <p className="hint">
        {k.subject}
        {k.sentAt && ` · ${format.dateTime(k.sentAt)}`}
      </p>
      <div className="em-grid">
        <section className="panel" aria-labelledby="kpi-counts">
          <h2 id="kpi-counts">{t('kpis.counts')}</h2>
          <table className="table" data-testid="mailing-counts">
            <tbody>
              {COUNT_KEYS.map((key) => (
                <tr key={key} data-testid={`count-${key}`}>
                  <th scope="row">{t(`kpis.${key}`)}</th>
                  <td>{format.plain(k.counts[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="panel" aria-labelledby="kpi-rates">
          <h2 id="kpi-rates">{t('kpis.rates')}</h2>
          <table className="table" data-testid="mailing-rates">
            <tbody>
              <tr data-testid="rate-delivered">
                <th scope="row">{t('kpis.delivered')}</th>
                <td>{format.plain(k.kpis.delivered)}</td>
              </tr>
              {RATE_KEYS.map((key) => {
                const warn = key === 'unsubscribeRate' && flagged;
                return (
                  <tr key={key} data-testid={`rate-${key}`} className={warn ? 'em-warn' : undefined}>
                    <th scope="row">{t(`kpis.${key}`)}</th>
                    <td>
                      {warn && <span aria-hidden="true">⚠ </span>}
                      {rate(key, k.kpis[key])}
                      {warn && (
                        <strong className="em-warn-text" data-testid="unsubscribe-warning">
                          {' '}
                          {t('kpis.unsubscribeWarning')}
                        </strong>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="hint">{t('kpis.approx')}</p>
        </section>
      </div>
      <SendTimePanel workspaceId={workspaceId} mailingId={id} />
    </section>
  );
}
