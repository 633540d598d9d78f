import { useCallback } from 'react';
import type { Kpi } from '../../../../src/contract/kpis';
import { kpiStatusOf } from '../../../../src/core/kpis/band';
import { LoadError, Loading } from '../../components/States';
import { useFormat } from '../../i18n/format';
import { useDayFormat } from '../action-plan/useDayFormat';
import { KpiChart } from './KpiChart';
import { KpiStatusBadge } from './KpiStatusBadge';
import { KpiValueForm } from './KpiValueForm';
import { useMonitoringT } from './messages';
import { useKpiText } from './useKpiText';
import { useKpiValues } from './useKpiValues';

interface KpiHistoryCardProps {
  workspaceId: string;
  kpi: Kpi;
  canEdit: boolean;
}

/** One KPI over time: chart with target line, the values as a table, and the form to add one. */
export function KpiHistoryCard({ workspaceId, kpi, canEdit }: KpiHistoryCardProps) {
  const t = useMonitoringT();
  const format = useFormat();
  const formatDay = useDayFormat('short');
  const text = useKpiText();
  const values = useKpiValues(workspaceId, kpi.id);
  const meets = useCallback(
    (v: number) =>
      kpiStatusOf(v, {
        target: kpi.targetValue,
        direction: kpi.direction,
        bandLow: kpi.bandLow ?? null,
        bandHigh: kpi.bandHigh ?? null,
      }) !== 'off_target',
    [kpi.targetValue, kpi.direction, kpi.bandLow, kpi.bandHigh],
  );
  const formatNumber = useCallback((v: number) => format.plain(v), [format]);

  return (
    <article
      className={`panel mon-card${kpi.status === 'off_target' ? ' is-off' : ''}`}
      id={`kpi-${kpi.id}`}
      tabIndex={-1}
      aria-labelledby={`kpi-${kpi.id}-title`}
      data-testid="kpi-card"
    >
      <header className="mon-card-head">
        <h3 id={`kpi-${kpi.id}-title`}>{kpi.name}</h3>
        <KpiStatusBadge status={kpi.status} />
        <span className="muted">
          {text.target(kpi)} ·{' '}
          {kpi.direction === 'higher_is_better' ? t('higherIsBetter') : t('lowerIsBetter')}
          {text.band(kpi) && ` · ${text.band(kpi)}`}
        </span>
      </header>
      {values.isPending && <Loading />}
      {values.isError && <LoadError error={values.error} onRetry={() => void values.refetch()} />}
      {values.data &&
        (values.data.length === 0 ? (
          <p className="muted">{t('history.noValues')}</p>
        ) : (
          <>
            <KpiChart
              label={t('history.chartLabel', { name: kpi.name })}
              values={values.data}
              target={kpi.targetValue}
              targetLabel={
                kpi.targetValue === null ? '' : t('history.target', { value: format.plain(kpi.targetValue) })
              }
              meets={meets}
              formatNumber={formatNumber}
              formatDay={formatDay}
            />
            <details className="mon-values">
              <summary>{t('history.table')}</summary>
              <table className="table" data-testid="kpi-values">
                <thead>
                  <tr>
                    <th scope="col">{t('history.date')}</th>
                    <th scope="col">{t('history.value')}</th>
                    <th scope="col">{t('history.source')}</th>
                    <th scope="col">{t('history.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...values.data].reverse().map((v) => {
                    const off = !meets(v.value);
                    return (
                      <tr key={v.measuredOn} className={off ? 'is-off' : undefined}>
                        <td>{formatDay(v.measuredOn)}</td>
                        <td>
                          {text.value(kpi, v.value)}
                          {off && <span className="mon-off-text"> ⚠ {t('summary.off_target')}</span>}
                        </td>
                        <td>{t(`history.sources.${v.source}`)}</td>
                        <td>{v.note}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </details>
          </>
        ))}
      {canEdit && <KpiValueForm workspaceId={workspaceId} kpi={kpi} />}
    </article>
  );
}
