import type { GoalKpi } from '../../../../src/contract/strategy';
import { useFormat } from '../../i18n/format';
import { KpiStatusBadge } from '../monitoring/KpiStatusBadge';
import { useStrategyT } from './messages';

/** The KPIs that measure a goal: latest value against the target, each with its own status. */
export function GoalKpiList({
  kpis,
  touchpointName,
}: {
  kpis: GoalKpi[];
  touchpointName: (id: string) => string;
}) {
  const t = useStrategyT();
  const format = useFormat();
  if (kpis.length === 0) return null;
  const shown = (v: number, unit: string) => `${format.plain(v)}${unit ? ` ${unit}` : ''}`;
  return (
    <ul className="goal-kpis">
      {kpis.map((k) => (
        <li key={k.id} data-testid="goal-kpi">
          <span className="goal-kpi-name">
            {k.name} <span className="muted">({touchpointName(k.touchpointId)})</span>
          </span>
          <span className="goal-kpi-value">
            {k.latest === null
              ? t('goals.kpiNoValue')
              : k.targetValue === null
                ? `${shown(k.latest.value, k.unit)} (${t('goals.noTarget')})`
                : t('goals.kpiValue', {
                    value: shown(k.latest.value, k.unit),
                    target: `${k.direction === 'higher_is_better' ? '≥' : '≤'} ${shown(k.targetValue, k.unit)}`,
                  })}
          </span>
          <KpiStatusBadge status={k.status} />
        </li>
      ))}
    </ul>
  );
}
