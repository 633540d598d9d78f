import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Number and date formatting in the current language (German: 3,5 and 24.11.2025); stable per language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return useMemo(() => {
    const fixed = new Map<number, Intl.NumberFormat>();
    const fixedFormat = (digits: number) => {
      let f = fixed.get(digits);
      if (!f) {
        f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
        fixed.set(digits, f);
      }
      return f;
    };
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      number: (value: number, digits = 1) => fixedFormat(digits).format(value),
      plain: (value: number) => plain.format(value),
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
    };
  }, [locale]);
}
