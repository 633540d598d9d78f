import { useFormat } from '../../i18n/format';
import { isFactor, type RateKey } from './rates';

/** Shares as percentages with one decimal, factors as plain numbers; null as a dash. */
export function useRateFormat() {
  const format = useFormat();
  return (key: RateKey, value: number | null) =>
    value === null ? '–' : isFactor(key) ? format.number(value, 2) : `${format.number(value * 100, 1)} %`;
}
