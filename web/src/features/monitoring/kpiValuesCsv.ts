import { parse } from 'csv-parse/browser/esm/sync';
import { isoDate } from '../../../../src/contract/common';
import type { KpiValueInput } from '../../../../src/contract/kpis';
import { unsafeCell } from '../../../../src/core/csv/safeCell';
import { sniffDelimiter } from '../../../../src/core/csv/sniffDelimiter';
import { spreadsheetCsvOptions } from '../../../../src/core/csv/spreadsheetCsvOptions';

export const KPI_CSV_COLUMNS = ['date', 'touchpoint', 'kpi', 'value', 'note'] as const;
const REQUIRED = ['date', 'touchpoint', 'kpi', 'value'] as const;

export type KpiCsvProblemCode =
  | 'notCsv'
  | 'empty'
  | 'noRows'
  | 'missingColumn'
  | 'unknownColumn'
  | 'cells'
  | 'date'
  | 'touchpoint'
  | 'kpi'
  | 'value'
  | 'note'
  | 'duplicate';

export interface KpiCsvProblem {
  /** Line in the file, the header being line 1, as a text editor counts. */
  line: number;
  code: KpiCsvProblemCode;
  params: Record<string, string | number>;
}

export interface KpiCsvRow {
  line: number;
  kpiId: string;
  kpiName: string;
  touchpointName: string;
  value: KpiValueInput;
}

export type KpiCsvResult = { ok: true; rows: KpiCsvRow[] } | { ok: false; problems: KpiCsvProblem[] };

interface Named {
  id: string;
  name: string;
}

/**
 * A number as people type it: `12.5`, `12,5` (German decimal comma) or `1.234,5`. A lone `1.234` stays
 * 1.234, since a machine export means it that way. Anything else is null.
 *
 * @example parseNumber('12,5') // 12.5
 */
export function parseNumber(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0]/g, '');
  if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

type ParsedRecord = { record: string[]; info: { lines: number } };

/**
 * Reads a CSV of KPI values (`date,touchpoint,kpi,value[,note]`), finds touchpoint and KPI by name
 * (case does not matter) and checks every row. All problems come back at once, each with its line; the
 * rows are only returned when there is none, so a partly wrong file imports nothing.
 *
 * @example
 * validateKpiValuesCsv('date,touchpoint,kpi,value\n2026-01-31,Website,Anfragen,42', touchpoints, kpis)
 * // { ok: true, rows: [{ line: 2, kpiId: '…', value: { measuredOn: '2026-01-31', value: 42 } }] }
 */
export function validateKpiValuesCsv(
  text: string,
  touchpoints: readonly Named[],
  kpis: readonly (Named & { touchpointId: string })[],
): KpiCsvResult {
  const clean = text.replace(/^\uFEFF/, '');
  let parsed: ParsedRecord[];
  try {
    parsed = parse(clean, spreadsheetCsvOptions(sniffDelimiter(clean))) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return {
      ok: false,
      problems: [{ line: e.lines ?? 1, code: 'notCsv', params: { reason: e.message ?? '' } }],
    };
  }
  const records = parsed.map(({ record, info }) => ({
    // `info.lines` is where a record ends; a quoted cell may span lines.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  const [header, ...body] = records;
  if (!header) return { ok: false, problems: [{ line: 1, code: 'empty', params: {} }] };
  const names = header.cells.map((h) => h.trim().toLowerCase());
  const problems: KpiCsvProblem[] = [];
  for (const column of REQUIRED)
    if (!names.includes(column))
      problems.push({ line: header.line, code: 'missingColumn', params: { column } });
  for (const column of names)
    if (!(KPI_CSV_COLUMNS as readonly string[]).includes(column))
      problems.push({ line: header.line, code: 'unknownColumn', params: { column } });
  if (problems.length) return { ok: false, problems };
  if (body.length === 0) return { ok: false, problems: [{ line: header.line, code: 'noRows', params: {} }] };

  const key = (s: string) => s.trim().toLocaleLowerCase();
  const touchpointByName = new Map<string, Named>();
  for (const tp of touchpoints)
    if (!touchpointByName.has(key(tp.name))) touchpointByName.set(key(tp.name), tp);
  const kpiByName = new Map(kpis.map((k) => [`${k.touchpointId}\u0000${key(k.name)}`, k]));
  const seen = new Map<string, number>();
  const rows: KpiCsvRow[] = [];

  for (const { line, cells } of body) {
    if (cells.length !== names.length) {
      problems.push({ line, code: 'cells', params: { cells: cells.length, header: names.length } });
      continue;
    }
    const cell = (name: string) => unsafeCell((cells[names.indexOf(name)] ?? '').trim());
    const date = cell('date');
    const before = problems.length;
    if (!isoDate.safeParse(date).success || date.startsWith('0000'))
      problems.push({ line, code: 'date', params: { value: date } });
    const touchpoint = touchpointByName.get(key(cell('touchpoint')));
    const kpi = touchpoint ? kpiByName.get(`${touchpoint.id}\u0000${key(cell('kpi'))}`) : undefined;
    if (!touchpoint) problems.push({ line, code: 'touchpoint', params: { value: cell('touchpoint') } });
    else if (!kpi)
      problems.push({ line, code: 'kpi', params: { value: cell('kpi'), touchpoint: touchpoint.name } });
    const value = parseNumber(cell('value'));
    if (value === null) problems.push({ line, code: 'value', params: { value: cell('value') } });
    const note = names.includes('note') ? cell('note') : '';
    if (note.length > 500) problems.push({ line, code: 'note', params: {} });
    if (problems.length > before || !kpi || !touchpoint || value === null) continue;
    const earlier = seen.get(`${kpi.id}\u0000${date}`);
    if (earlier !== undefined) {
      problems.push({ line, code: 'duplicate', params: { line: earlier } });
      continue;
    }
    seen.set(`${kpi.id}\u0000${date}`, line);
    rows.push({
      line,
      kpiId: kpi.id,
      kpiName: kpi.name,
      touchpointName: touchpoint.name,
      value: { measuredOn: date, value, ...(note && { note }) },
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
