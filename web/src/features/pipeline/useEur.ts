import { useMemo } from 'react';
import { useFormat } from '../../i18n/format';

/** Euro amounts without cents in the current language (48.000 € / €48,000). */
export function useEur(): (value: number) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    return (value: number) => f.format(value);
  }, [locale]);
}
