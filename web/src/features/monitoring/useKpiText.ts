import { useCallback } from 'react';
import type { Kpi } from '../../../../src/contract/kpis';
import { useFormat } from '../../i18n/format';
import { useMonitoringT } from './messages';

/** Values with their unit and the target with its direction (≥ / ≤), in the current language. */
export function useKpiText() {
  const t = useMonitoringT();
  const format = useFormat();
  const value = useCallback(
    (kpi: Pick<Kpi, 'unit'>, v: number) => `${format.plain(v)}${kpi.unit ? ` ${kpi.unit}` : ''}`,
    [format],
  );
  const target = useCallback(
    (kpi: Pick<Kpi, 'unit' | 'targetValue' | 'direction'>) =>
      kpi.targetValue === null
        ? t('noTarget')
        : t(kpi.direction === 'higher_is_better' ? 'targetHigher' : 'targetLower', {
            value: value(kpi, kpi.targetValue),
          }),
    [t, value],
  );
  return { value, target };
}
