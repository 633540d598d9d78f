import { csvRecords } from '../csv/csvRecords';
import { err, ok, type Result } from '../result';
import type { Journey } from './journey';

/** A journeys file read into journeys, with which optional columns it had. */
export interface JourneysFile {
  journeys: Journey[];
  hasValue: boolean;
  hasNulls: boolean;
}

export interface JourneysFileOptions {
  /** Between the channels of a path; default `>`. */
  separator?: string;
}

const COLUMNS = ['path', 'total_conversions', 'total_conversion_value', 'total_null'] as const;
type Column = (typeof COLUMNS)[number];

/** `;` when the header has one (spreadsheets in many European locales), else a tab, else `,`. */
function guessDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  if (header.includes(';')) return ';';
  if (header.includes('\t')) return '\t';
  return ',';
}

function problem(line: number, column: Column | undefined, message: string): Result<never> {
  const where = column === undefined ? `line ${line}` : `line ${line}, column ${column}`;
  return err('validation_failed', `${where}: ${message}`, column === undefined ? { line } : { line, column });
}

/**
 * Reads the journeys format that attribution tools share (ChannelAttribution's `Data`): a header with
 * `path` and `total_conversions`, optionally `total_conversion_value` and `total_null`; other columns
 * are ignored. Channels in a path are separated by `>` with optional spaces. The delimiter is `;`, a
 * tab or `,` (taken from the header); a BOM, quoted fields, CRLF and empty lines are fine, and with `;`
 * a decimal comma is read as a decimal point. An empty optional cell counts as 0. The first bad row
 * ends the reading with its line and column: an attribution of a file with a wrong row would be wrong.
 * @example
 * readJourneysFile('path;total_conversions\nseo > mail;3\n')
 * // ok: { journeys: [{ touches: [{ channel: 'seo' }, { channel: 'mail' }], conversions: 3, value: 0, nulls: 0 }], ... }
 */
export function readJourneysFile(text: string, options: JourneysFileOptions = {}): Result<JourneysFile> {
  const separator = options.separator ?? '>';
  if (separator.trim() === '') return err('validation_failed', 'The channel separator must not be blank.');
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return ok({ journeys: [], hasValue: false, hasNulls: false });
  const delimiter = guessDelimiter(text);
  const parsed = csvRecords(text, delimiter);
  if (!parsed.ok) return parsed;
  // Cells are trimmed; a line of blank cells is skipped like an empty line.
  const records = parsed.value
    .map(({ fields, line }) => ({ cells: fields.map((field) => field.trim()), line }))
    .filter(({ cells }) => cells.some((cell) => cell !== ''));
  const [header, ...rows] = records;
  if (!header) return ok({ journeys: [], hasValue: false, hasNulls: false });
  const names = header.cells.map((name) => name.toLowerCase());
  const position = (column: Column) => names.indexOf(column);
  for (const required of ['path', 'total_conversions'] as const)
    if (position(required) < 0)
      return problem(
        header.line,
        undefined,
        `the header needs the column ${required} (found: ${header.cells.join(', ') || 'nothing'})`,
      );
  const at = Object.fromEntries(COLUMNS.map((c) => [c, position(c)])) as Record<Column, number>;
  const journeys: Journey[] = [];
  for (const { cells: record, line } of rows) {
    if (record.length !== header.cells.length)
      return problem(
        line,
        undefined,
        `${record.length} fields where the header has ${header.cells.length} (is "${delimiter}" the delimiter?)`,
      );
    const numberIn = (column: Column): Result<number> => {
      const cell = at[column] < 0 ? '' : (record[at[column]] ?? '');
      if (cell === '') {
        return column === 'total_conversions'
          ? problem(line, column, 'empty; give the number of conversions (0 or more)')
          : ok(0);
      }
      const normalised = delimiter !== ',' && /^\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell;
      const x = Number(normalised);
      if (!Number.isFinite(x) || x < 0 || !/^[\d.eE+]+$/.test(normalised))
        return problem(line, column, `"${cell}" is not a number of 0 or more`);
      return ok(x);
    };
    const pathCell = record[at.path] ?? '';
    if (pathCell === '') return problem(line, 'path', 'empty; a journey needs at least one channel');
    const channels = pathCell.split(separator).map((channel) => channel.trim());
    if (channels.some((channel) => channel === ''))
      return problem(line, 'path', `an empty channel name between two "${separator}" in "${pathCell}"`);
    const conversions = numberIn('total_conversions');
    if (!conversions.ok) return conversions;
    const value = numberIn('total_conversion_value');
    if (!value.ok) return value;
    const nulls = numberIn('total_null');
    if (!nulls.ok) return nulls;
    if (value.value > 0 && conversions.value === 0)
      return problem(
        line,
        'total_conversion_value',
        `a value of ${value.value} on a path without conversions`,
      );
    journeys.push({
      touches: channels.map((channel) => ({ channel })),
      conversions: conversions.value,
      value: value.value,
      nulls: nulls.value,
    });
  }
  return ok({ journeys, hasValue: at.total_conversion_value >= 0, hasNulls: at.total_null >= 0 });
}
