import { useMemo } from 'react';
import { useFormat } from '../../i18n/format';

/**
 * Formats a calendar day (`2026-03-31`) in the current language. Read in UTC, so a due date never shows
 * as the day before in a time zone west of Greenwich (the shell's `format.date` reads local time).
 *
 * @example useDayFormat()('2026-03-31') // '31.03.2026' in German
 */
export function useDayFormat(style: 'medium' | 'short' = 'medium') {
  const { locale } = useFormat();
  return useMemo(() => {
    const formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    return (day: string) => formatter.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
  }, [locale, style]);
}
