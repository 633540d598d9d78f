import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { safeCell, unsafeCell } from '../core/csv/safeCell';
import { err, ok, type Result } from '../core/result';

export interface CsvRowProblem {
  /** Line in the file, counting the header as line 1. */
  line: number;
  column?: string;
  message: string;
}

/** Writes rows as CSV with a header; every cell is made safe against formula injection. */
export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, string | number | boolean | null>[],
): string {
  return stringify(
    rows.map((r) => columns.map((c) => safeCell(r[c] === null || r[c] === undefined ? '' : String(r[c])))),
    { header: true, columns: [...columns], bom: false, record_delimiter: '\n' },
  );
}

/**
 * Reads CSV with a header line. Unknown columns and missing required columns are reported before any row
 * is looked at; cells come back with the export's formula guard removed.
 */
export function fromCsv(
  text: string,
  required: readonly string[],
  known: readonly string[],
): Result<{ line: number; cells: Record<string, string> }[]> {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: false,
      skip_empty_lines: true,
      trim: false,
    }) as string[][];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return err('validation_failed', 'The file is not valid CSV', {
      rows: [{ line: e.lines ?? 1, message: e.message ?? 'invalid CSV' }],
    });
  }
  const [header, ...body] = records;
  if (!header)
    return err('validation_failed', 'The file is empty', { rows: [{ line: 1, message: 'no header line' }] });
  const names = header.map((h) => h.trim());
  const missing = required.filter((r) => !names.includes(r));
  const unknown = names.filter((n) => !known.includes(n));
  if (missing.length || unknown.length)
    return err('validation_failed', 'The header line does not fit', {
      rows: [
        ...missing.map((m) => ({ line: 1, column: m, message: `missing column ${m}` })),
        ...unknown.map((u) => ({
          line: 1,
          column: u,
          message: `unknown column ${u}; known: ${known.join(', ')}`,
        })),
      ],
    });
  return ok(
    body.map((cells, i) => ({
      line: i + 2,
      cells: Object.fromEntries(names.map((n, j) => [n, unsafeCell(cells[j] ?? '')])),
    })),
  );
}
