import type { Kpi } from '../../../../src/contract/kpis';
import { useDayFormat } from '../action-plan/useDayFormat';
import { KpiStatusBadge } from './KpiStatusBadge';
import { useMonitoringT } from './messages';
import { useKpiText } from './useKpiText';

interface KpiOverviewProps {
  kpis: readonly Kpi[];
  touchpointName: (id: string) => string;
  onShow: (kpi: Kpi) => void;
}

/**
 * Every KPI of the workspace: latest value against the target (and the alert band below it),
 * off-target rows first and highlighted.
 */
export function KpiOverview({ kpis, touchpointName, onShow }: KpiOverviewProps) {
  const t = useMonitoringT();
  const formatDay = useDayFormat();
  const text = useKpiText();
  const order: Record<Kpi['status'], number> = { off_target: 0, on_target: 1, no_target: 2, no_data: 3 };
  const sorted = [...kpis].sort(
    (a, b) =>
      order[a.status] - order[b.status] ||
      touchpointName(a.touchpointId).localeCompare(touchpointName(b.touchpointId)) ||
      a.name.localeCompare(b.name),
  );
  return (
    <div className="mon-table-scroll">
      <table className="table mon-overview" data-testid="kpi-overview">
        <thead>
          <tr>
            <th scope="col">{t('columns.touchpoint')}</th>
            <th scope="col">{t('columns.kpi')}</th>
            <th scope="col">{t('columns.latest')}</th>
            <th scope="col">{t('columns.target')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((kpi) => (
            <tr
              key={kpi.id}
              className={kpi.status === 'off_target' ? 'is-off' : undefined}
              data-testid="kpi-row"
            >
              <td>{touchpointName(kpi.touchpointId)}</td>
              <th scope="row">{kpi.name}</th>
              <td>
                {kpi.latest ? (
                  <>
                    <strong>{text.value(kpi, kpi.latest.value)}</strong>{' '}
                    <span className="muted">{t('latestOn', { date: formatDay(kpi.latest.measuredOn) })}</span>
                  </>
                ) : (
                  <span className="muted">{t('noValue')}</span>
                )}
              </td>
              <td>
                {text.target(kpi)}
                {text.band(kpi) && <span className="mon-band muted">{text.band(kpi)}</span>}
              </td>
              <td>
                <KpiStatusBadge status={kpi.status} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => onShow(kpi)}
                  aria-label={t('showHistoryNamed', { name: kpi.name })}
                >
                  {t('showHistory')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
