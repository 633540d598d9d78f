import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { KpiAlert } from '../../../../src/contract/kpis';
import { Empty, LoadError, Loading } from '../../components/States';
import { useToast } from '../../components/Toasts';
import { errorMessage } from '../../i18n/errorMessage';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../action-plan/useDayFormat';
import { useKpiText } from '../monitoring/useKpiText';
import { useCurrentWorkspace } from '../workspace/WorkspaceContext';
import { useAlertsT } from './messages';
import { useAcknowledgeAlert } from './useAcknowledgeAlert';
import { useAlerts } from './useAlerts';

/** Open KPI alerts to acknowledge, and the ones acknowledged before. */
export function AlertsPage() {
  const t = useAlertsT();
  const { t: shellT } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  // A calendar day, read in UTC: never the day before west of Greenwich.
  const formatDay = useDayFormat();
  const kpiText = useKpiText();
  const { workspaceId, canEdit } = useCurrentWorkspace();
  const all = useAlerts(workspaceId, null);
  const acknowledge = useAcknowledgeAlert(workspaceId);

  if (all.isPending) return <Loading />;
  if (all.isError) return <LoadError error={all.error} onRetry={() => void all.refetch()} />;
  const open = all.data.filter((a) => !a.acknowledgedAt);
  const done = all.data.filter((a) => a.acknowledgedAt);

  const onAcknowledge = (alert: KpiAlert) =>
    acknowledge.mutate(alert.id, {
      onSuccess: () => toast.success(t('acknowledged', { name: alert.kpiName })),
      onError: (error) => toast.error(errorMessage(shellT, error)),
    });

  // Alerts stored before the breach was kept as data have only their (English) message.
  const sentence = (a: KpiAlert) =>
    a.breach
      ? t(`sentence.${a.breach.side}${a.breach.boundKind === 'band' ? 'Band' : 'Target'}`, {
          kpi: a.kpiName,
          touchpoint: a.touchpointName,
          value: kpiText.value(a, a.value),
          day: formatDay(a.measuredOn),
          bound: kpiText.value(a, a.breach.bound),
        })
      : a.message;

  const table = (rows: KpiAlert[], withAction: boolean) => (
    <table className="table" data-testid={withAction ? 'open-alerts' : 'acknowledged-alerts'}>
      <thead>
        <tr>
          <th scope="col">{t('kpi')}</th>
          <th scope="col">{t('measuredOn')}</th>
          <th scope="col">{t('value')}</th>
          <th scope="col">{t('message')}</th>
          <th scope="col">
            {withAction ? <span className="visually-hidden">{t('acknowledge')}</span> : t('acknowledgedAt')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} data-testid="alert-row">
            <th scope="row">
              {withAction && <span aria-hidden="true">⚠ </span>}
              <Link to={`/touchpoints/${a.touchpointId}`}>{a.kpiName}</Link>
            </th>
            <td>{formatDay(a.measuredOn)}</td>
            <td>{kpiText.value(a, a.value)}</td>
            <td data-testid="alert-message">{sentence(a)}</td>
            <td>
              {withAction
                ? canEdit && (
                    <button
                      type="button"
                      className="button button-small"
                      aria-label={t('acknowledgeNamed', { name: a.kpiName })}
                      disabled={acknowledge.isPending}
                      onClick={() => onAcknowledge(a)}
                    >
                      {t('acknowledge')}
                    </button>
                  )
                : a.acknowledgedAt && format.dateTime(a.acknowledgedAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="page" aria-labelledby="alerts-title">
      <h1 id="alerts-title">{t('title')}</h1>
      <p className="hint">{t('intro')}</p>
      <h2>
        {t('open')} ({open.length})
      </h2>
      {open.length === 0 ? <Empty>{t('none')}</Empty> : table(open, true)}
      <h2>{t('acknowledgedList')}</h2>
      {done.length === 0 ? <Empty>{t('noneAcknowledged')}</Empty> : table(done, false)}
    </section>
  );
}
