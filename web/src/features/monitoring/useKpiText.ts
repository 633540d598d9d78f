import { useCallback } from 'react';
import type { Kpi } from '../../../../src/contract/kpis';
import { useFormat } from '../../i18n/format';
import { useMonitoringT } from './messages';

/**
 * Values with their unit, the target with its direction (≥ / ≤) and the alert band, in the current
 * language.
 */
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
  /** "Alarm unter 40 % oder über 60 %", or '' without a band. */
  const band = useCallback(
    (kpi: Pick<Kpi, 'unit' | 'bandLow' | 'bandHigh'>) => {
      const low = kpi.bandLow ?? null;
      const high = kpi.bandHigh ?? null;
      if (high === null) return low === null ? '' : t('bandLow', { low: value(kpi, low) });
      if (low === null) return t('bandHigh', { high: value(kpi, high) });
      return t('bandBoth', { low: value(kpi, low), high: value(kpi, high) });
    },
    [t, value],
  );
  return { value, target, band };
}
