import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import { decodeCsvBytes } from '../core/csv/decodeCsvBytes';
import { safeCell, unsafeCell } from '../core/csv/safeCell';
import { sniffDelimiter } from '../core/csv/sniffDelimiter';
import { spreadsheetCsvOptions } from '../core/csv/spreadsheetCsvOptions';
import { err, ok, type Result } from '../core/result';
import type { WorkspaceContext } from './context';
import type { CsvImportResult } from '../contract/imports';

export interface CsvRowProblem {
  /** Line in the file, counting the header as line 1. */
  line: number;
  column?: string;
  message: string;
}

/** A schema for a cell where empty means missing: `''` becomes undefined before `schema` checks it. */
export const blankIsMissing = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/** A 1-5 score cell (effort, impact, relevance), empty for none. */
export const scoreCell = z.preprocess(
  (v) => (v === '' ? undefined : Number(v)),
  z.number().int().min(1).max(5).optional(),
);

/** A row's schema failures as problems, one per field, named by the column. */
export function rowProblems(line: number, error: z.ZodError): CsvRowProblem[] {
  return error.issues.map((issue) => ({ line, column: String(issue.path[0] ?? ''), message: issue.message }));
}

/**
 * The problem with a row's `id` that names no row of this workspace (a typo, or another
 * workspace's export): updating it is impossible, creating it would be a surprise.
 */
export function unknownIdProblem(
  line: number,
  id: string | undefined,
  known: ReadonlySet<string>,
  what: string,
): CsvRowProblem[] {
  return id && !known.has(id)
    ? [
        {
          line,
          column: 'id',
          message: `no ${what} with this id in this workspace; leave id empty to create one`,
        },
      ]
    : [];
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

type ParsedRecord = { record: string[]; info: { lines: number } };

/**
 * Reads CSV with a header line, from the file's bytes (UTF-8, UTF-16 or Windows-1252, told from the
 * bytes; comma, semicolon or tab as the delimiter, told from the header line) or from text. Unknown
 * columns and missing required columns are reported before any row is looked at, then every row that
 * does not fit the header; cells come back with the export's formula guard removed. Lines count from
 * 1 for the header, as a text editor shows them.
 *
 * @example fromCsv(Buffer.from('title;owner\r\nPrüfen;Jörg\r\n', 'latin1'), ['title'], ['title', 'owner'])
 */
export function fromCsv(
  input: Uint8Array | string,
  required: readonly string[],
  known: readonly string[],
): Result<{ line: number; cells: Record<string, string> }[]> {
  const decoded = decodeCsvBytes(input);
  if (!decoded.ok)
    return err('validation_failed', decoded.error.message, {
      ...decoded.error.details,
      rows: [{ line: Number(decoded.error.details?.line ?? 1), message: decoded.error.message }],
    });
  const text = decoded.value.text;
  let parsed: ParsedRecord[];
  try {
    // The typings do not follow `info: true`, which turns each record into { record, info }.
    parsed = parse(text, {
      ...spreadsheetCsvOptions(sniffDelimiter(text)),
      trim: false,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return err('validation_failed', 'The file is not valid CSV', {
      rows: [{ line: e.lines ?? 1, message: e.message ?? 'invalid CSV' }],
    });
  }
  // `info.lines` is where a record ends; a quoted cell may span lines, and blank lines are skipped.
  const records = parsed.map(({ record, info }) => ({
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  const [header, ...body] = records;
  if (!header)
    return err('validation_failed', 'The file is empty', { rows: [{ line: 1, message: 'no header line' }] });
  const names = header.cells.map((h) => h.trim());
  const missing = required.filter((r) => !names.includes(r));
  const unknown = names.filter((n) => !known.includes(n));
  if (missing.length || unknown.length)
    return err('validation_failed', 'The header line does not fit', {
      rows: [
        ...missing.map((m) => ({ line: header.line, column: m, message: `missing column ${m}` })),
        ...unknown.map((u) => ({
          line: header.line,
          column: u,
          message: `unknown column ${u}; known: ${known.join(', ')}`,
        })),
      ],
    });
  const broken: CsvRowProblem[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== names.length)
      broken.push({ line, message: `has ${cells.length} cells; the header line has ${names.length}` });
    // PostgreSQL cannot store NUL; a file with one is binary or damaged.
    else if (cells.some((c) => c.includes('\u0000')))
      broken.push({ line, message: 'contains a NUL character; is this a CSV file?' });
  }
  if (broken.length)
    return err(
      'validation_failed',
      `${broken.length} row(s) do not fit the header line; nothing was imported`,
      { rows: broken },
    );
  return ok(
    body.map(({ line, cells }) => ({
      line,
      cells: Object.fromEntries(names.map((n, j) => [n, unsafeCell(cells[j] ?? '')])),
    })),
  );
}

/**
 * The second half of an all-or-nothing CSV import: with any bad row, every problem is reported and
 * nothing is written; otherwise every planned row is created or (with an id) updated in one transaction.
 */
export async function applyCsvRows<P>(
  ctx: WorkspaceContext,
  problems: CsvRowProblem[],
  planned: { id?: string; patch: P }[],
  write: {
    create(ctx: WorkspaceContext, patch: P): Promise<Result<unknown>>;
    update(ctx: WorkspaceContext, id: string, patch: P): Promise<Result<unknown>>;
  },
): Promise<Result<CsvImportResult>> {
  if (problems.length)
    return err(
      'validation_failed',
      `${new Set(problems.map((p) => p.line)).size} row(s) are not valid; nothing was imported`,
      { rows: problems },
    );
  let created = 0;
  let updated = 0;
  await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    for (const p of planned) {
      const result = p.id ? await write.update(tctx, p.id, p.patch) : await write.create(tctx, p.patch);
      if (!result.ok) throw new Error(`row failed after validation: ${result.error.message}`);
      if (p.id) updated++;
      else created++;
    }
  });
  return ok({ created, updated });
}
