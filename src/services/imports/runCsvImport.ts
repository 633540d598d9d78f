import { pipeline, Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { sql } from 'kysely';
import { MAX_STORED_BAD_ROWS, type BadRow, type ImportJob, type ImportJobKind } from '../../contract/imports';
import { createCsvDecoder, type CsvDecoder } from '../../core/csv/createCsvDecoder';
import { sniffDelimiter } from '../../core/csv/sniffDelimiter';
import { spreadsheetCsvOptions } from '../../core/csv/spreadsheetCsvOptions';
import { err, ok, type DomainError, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import {
  createImportJob,
  finishImportJob,
  forgetBytes,
  holdJobLock,
  loadImportJob,
  reopenImportJob,
  reportBytes,
  toImportJob,
} from './importJobs';

export const DEFAULT_IMPORT_BATCH = 1000;

export interface ImportSource {
  /** The CSV bytes; read once, as a stream. */
  input: AsyncIterable<Buffer | string>;
  fileName: string;
  /** Size of the file when known, for the progress bar. */
  totalBytes: number | null;
}

export interface ImportProgress {
  jobId: string;
  bytesRead: number;
  totalBytes: number | null;
  linesRead: number;
  rowsImported: number;
  /** Rows whose event was stored before: skipped. */
  duplicates: number;
  badRows: number;
}

export interface ImportOptions {
  /** Continue this job: lines up to its `lines_read` are skipped. */
  resumeJobId?: string | undefined;
  batchSize?: number;
  /** Stop reading (the job fails) beyond this many bytes. */
  maxBytes?: number;
  /** Called after every committed batch. */
  onProgress?: (p: ImportProgress) => void;
  /** Every bad row, in order, after its batch committed (the CLI writes them to a file). */
  onBadRows?: (rows: BadRow[]) => void | Promise<void>;
  /** Called once the header is accepted and the job exists. */
  onStart?: (jobId: string) => void;
}

/** What a batch of rows did to the store. */
export interface BatchOutcome {
  written: number;
  /** Rows whose content was stored before (the same file again): skipped. */
  duplicates: number;
  /** Rows the store refused, with their reasons. */
  refused: BadRow[];
}

/** Reads and writes the rows of one import; made once the job exists and this process holds it. */
export interface RowSink<T> {
  /** A data record as the item to write, or why the row is bad. */
  row(line: number, record: readonly string[]): { item: T } | { reason: string };
  /** Writes a batch inside the transaction that also records the job's progress. */
  write(trx: Db, batch: readonly { line: number; item: T }[]): Promise<BatchOutcome>;
  /** After a batch committed. */
  committed?(outcome: BatchOutcome): void;
}

/** What one kind of CSV import brings: its job kind, its header check and its row sink. */
export interface CsvImportHandler<T> {
  kind: ImportJobKind;
  /**
   * Why the header row cannot be imported (a reason, or an error naming a field the user gave), or
   * null; checked before anything is written.
   */
  checkHeader(header: readonly string[]): string | DomainError | null;
  open(jobId: string): Promise<Result<RowSink<T>>>;
}

type Record = { record: string[]; info: { lines: number } };

/**
 * Thrown by a sink's `write` when the rows cannot be written for a reason the user can fix (not a
 * bug): the batch rolls back, the job fails with the reason and the import answers it as an error.
 */
export class ImportRefused extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

class TooLarge extends Error {}

/** Bytes the file's encoding does not allow, met while the import runs. */
class Undecodable extends Error {
  constructor(readonly error: DomainError) {
    super(error.message);
  }
}

/** The text of the bytes after the first chunk; throws `Undecodable` at a byte that cannot be decoded. */
async function* decodedText(first: string, rest: AsyncIterable<Buffer>, decoder: CsvDecoder) {
  if (first) yield first;
  for await (const chunk of rest) {
    const text = decoder.write(chunk);
    if (!text.ok) throw new Undecodable(text.error);
    if (text.value) yield text.value;
  }
  const end = decoder.end();
  if (!end.ok) throw new Undecodable(end.error);
  if (end.value) yield end.value;
}

/**
 * Runs a CSV import as a stream, for any kind of rows (the history's contacts, companies and events,
 * a newsletter tool's activity): memory stays constant however long the file is. Rows are checked one
 * by one and written in batches of `batchSize`, each batch in one transaction together with the
 * job's progress (`lines_read`, counters, the first 1,000 bad rows), so a crash loses at most the
 * batch in flight and a resume (`resumeJobId`, same file) goes on after the last committed line. A bad
 * row is reported with its line and skipped; a file that is not usable at all (empty, not CSV, a
 * header the handler refuses) fails before anything is written. The encoding (UTF-8, UTF-16,
 * Windows-1252) is told from the first bytes and then held to: a later byte it does not allow stops
 * the job, named with its line, as a broken quote does.
 *
 * @example
 * const r = await runCsvImport(ctx, historyHandler(ctx, 'events'), { input, fileName: 'crm.csv', totalBytes: size });
 */
export async function runCsvImport<T>(
  ctx: WorkspaceContext,
  handler: CsvImportHandler<T>,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<Result<ImportJob>> {
  const { db, workspaceId } = ctx;
  const kind = handler.kind;
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH;
  let resumeFrom = 0;
  let storedErrors = 0;
  if (options.resumeJobId) {
    const job = await loadImportJob(db, workspaceId, options.resumeJobId);
    if (!job) return err('not_found', 'Import job not found', { id: options.resumeJobId });
    if (job.kind !== kind)
      return err('validation_failed', `Job ${job.id} imports ${job.kind}, not ${kind}`, { field: 'kind' });
    if (job.status === 'done') return err('conflict', `Job ${job.id} is finished already`, { id: job.id });
    resumeFrom = Number(job.lines_read);
    storedErrors = (job.errors as BadRow[]).filter((e) => e.line > 0).length;
  }

  const iterator = source.input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstChunk = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  if (firstChunk.length === 0) return err('validation_failed', 'The file is empty', { line: 1 });
  let bytesRead = firstChunk.length;
  let jobId: string | null = options.resumeJobId ?? null;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  async function* chunks() {
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = Buffer.from(next.value);
      bytesRead += chunk.length;
      if (bytesRead > maxBytes) throw new TooLarge(`The file is larger than ${maxBytes} bytes`);
      if (jobId) reportBytes(jobId, bytesRead, source.totalBytes);
      yield chunk;
    }
  }
  // The delimiter is told from the header line, so the text is read until that line is complete:
  // an upload's first chunk may hold only a few bytes of it.
  const decoder = createCsvDecoder();
  let firstText = '';
  for (let chunk = firstChunk; ;) {
    const text = decoder.write(chunk);
    if (!text.ok) return err('validation_failed', text.error.message, { ...text.error.details });
    firstText += text.value;
    if (/[\r\n]/.test(firstText) || firstText.length >= 64 * 1024) break;
    const next = await iterator.next();
    if (next.done) break;
    chunk = Buffer.from(next.value);
    bytesRead += chunk.length;
  }
  const parser = parse({
    ...spreadsheetCsvOptions(sniffDelimiter(firstText)),
    max_record_size: 1024 * 1024,
  });
  pipeline(Readable.from(decodedText(firstText, chunks(), decoder)), parser, () => void iterator.return?.());
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<Record>;

  let header: string[];
  try {
    const h = await records.next();
    if (h.done) return err('validation_failed', 'The file is empty', { line: 1 });
    header = h.value.record;
  } catch (error) {
    parser.destroy();
    if (error instanceof Undecodable)
      return err('validation_failed', error.message, { ...error.error.details });
    return err('validation_failed', `The file is not CSV: ${messageOf(error)}`, { line: 1 });
  }
  const problem = handler.checkHeader(header);
  if (problem) {
    parser.destroy();
    if (typeof problem !== 'string')
      return err(problem.code, problem.message, { ...problem.details, line: 1 });
    return err('validation_failed', `The file cannot be imported: ${problem}`, { line: 1 });
  }

  const created = !jobId;
  if (!jobId) jobId = (await createImportJob(db, workspaceId, kind, source.fileName)).id;
  const job = jobId;
  const lock = await holdJobLock(db, job);
  if (!lock.acquired) {
    parser.destroy();
    await lock.release();
    return err('conflict', `Job ${job} is running in another process`, { id: job });
  }
  try {
    const sink = await handler.open(job);
    if (!sink.ok) {
      parser.destroy();
      if (created)
        await db
          .deleteFrom('import_jobs')
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', job)
          .execute();
      return sink;
    }
    const rows = sink.value;
    if (options.resumeJobId) await reopenImportJob(db, workspaceId, job);
    reportBytes(job, bytesRead, source.totalBytes);
    options.onStart?.(job);
    const progress: ImportProgress = {
      jobId: job,
      bytesRead,
      totalBytes: source.totalBytes,
      linesRead: resumeFrom,
      rowsImported: 0,
      duplicates: 0,
      badRows: 0,
    };
    const counted = await loadImportJob(db, workspaceId, job);
    progress.rowsImported = Number(counted?.rows_imported ?? 0);
    progress.duplicates = Number(counted?.duplicate_rows ?? 0);
    progress.badRows = Number(counted?.bad_rows ?? 0);

    let pending: { line: number; item: T }[] = [];
    let bad: BadRow[] = [];
    let lastLine = resumeFrom;

    async function flush(): Promise<void> {
      const batch = pending;
      const badRows = bad;
      const upToLine = lastLine;
      pending = [];
      bad = [];
      const outcome = await db.transaction().execute(async (trx) => {
        const w =
          batch.length > 0 ? await rows.write(trx, batch) : { written: 0, duplicates: 0, refused: [] };
        const all = [...badRows, ...w.refused].sort((a, b) => a.line - b.line);
        const keep = all.slice(0, Math.max(0, MAX_STORED_BAD_ROWS - storedErrors));
        await sql`
        update import_jobs set lines_read = ${upToLine}, rows_imported = rows_imported + ${w.written},
          duplicate_rows = duplicate_rows + ${w.duplicates},
          bad_rows = bad_rows + ${all.length}, errors = errors || ${JSON.stringify(keep)}::jsonb
        where workspace_id = ${workspaceId} and id = ${job}
      `.execute(trx);
        storedErrors += keep.length;
        return { written: w.written, duplicates: w.duplicates, refused: all };
      });
      progress.linesRead = upToLine;
      rows.committed?.(outcome);
      progress.rowsImported += outcome.written;
      progress.duplicates += outcome.duplicates;
      progress.badRows += outcome.refused.length;
      progress.bytesRead = bytesRead;
      if (outcome.refused.length) await options.onBadRows?.(outcome.refused);
      options.onProgress?.({ ...progress });
    }

    // One batch is written while the next one is parsed; batches still commit one after the other.
    // Starts resolved rather than null: TypeScript loses track of a variable reassigned in a callback.
    let writing: Promise<void> = Promise.resolve();
    const startFlush = async () => {
      await writing;
      writing = flush();
      writing.catch(() => undefined);
    };

    try {
      for (;;) {
        const next = await records.next();
        if (next.done) break;
        const { record, info } = next.value;
        const line = info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
        if (line <= resumeFrom) continue;
        lastLine = info.lines;
        if (record.length !== header.length) {
          bad.push({ line, reason: `has ${record.length} fields, the header has ${header.length}` });
        } else {
          const r = rows.row(line, record);
          if ('reason' in r) bad.push({ line, reason: r.reason });
          else pending.push({ line, item: r.item });
        }
        if (pending.length + bad.length >= batchSize) await startFlush();
      }
      await startFlush();
      await writing;
    } catch (error) {
      parser.destroy();
      await writing.catch(() => undefined);
      forgetBytes(job);
      const reason =
        error instanceof TooLarge ? error.message : `stopped after line ${lastLine}: ${messageOf(error)}`;
      await finishImportJob(db, workspaceId, job, { status: 'failed', reason });
      if (error instanceof ImportRefused)
        return err(error.error.code, error.message, { ...error.error.details, jobId: job });
      if (!isCsvError(error) && !(error instanceof TooLarge) && !(error instanceof Undecodable)) throw error;
      return err(
        error instanceof TooLarge ? 'payload_too_large' : 'validation_failed',
        `The import ${reason}`,
        {
          ...(error instanceof Undecodable && error.error.details),
          jobId: job,
          line: error instanceof Undecodable ? Number(error.error.details?.line) : lastLine + 1,
        },
      );
    }
    forgetBytes(job);
    await finishImportJob(db, workspaceId, job, { status: 'done' });
    const done = await loadImportJob(db, workspaceId, job);
    if (!done) return err('not_found', 'Import job not found', { id: job });
    return ok(toImportJob(done));
  } finally {
    await lock.release();
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const isCsvError = (error: unknown) =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('CSV_');
