import { MERGE_FIELD_PATTERN } from './mergeFields';

/**
 * Bands of subject-line length, cut where seed 000 section 4.1 ("Betreffzeile") draws its lines: short
 * subjects of up to 25 characters show the best open and click rates, and most subjects have 50-75
 * characters. The band between is 26-49; longer than 75 is the last.
 */
export const SUBJECT_LENGTH_BANDS = [
  { band: 'up_to_25', min: 0, max: 25 },
  { band: '26_to_49', min: 26, max: 49 },
  { band: '50_to_75', min: 50, max: 75 },
  { band: 'over_75', min: 76, max: null },
] as const;

export type SubjectLengthBand = (typeof SUBJECT_LENGTH_BANDS)[number]['band'];

/**
 * Characters a reader sees: Unicode code points (an umlaut or emoji is one), surrounding space trimmed,
 * each merge field counted as its default text (`{{firstName|Kunde}}` → 5, `{{firstName}}` → 0),
 * because the length differs per recipient and the written subject is what the author chose.
 * @example subjectLength('Hallo {{firstName|Kunde}}!') // 12
 */
export function subjectLength(subject: string): number {
  const visible = subject.replace(
    MERGE_FIELD_PATTERN,
    (_m, _field: string, fallback?: string) => fallback ?? '',
  );
  return Array.from(visible.trim()).length;
}

/**
 * The band of a subject line.
 * @example subjectLengthBand('Neu: Fräsen in 5 Achsen') // 'up_to_25'
 */
export function subjectLengthBand(subject: string): SubjectLengthBand {
  const length = subjectLength(subject);
  const found = SUBJECT_LENGTH_BANDS.find((b) => length >= b.min && (b.max === null || length <= b.max));
  return found ? found.band : 'over_75';
}
