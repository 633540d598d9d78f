import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { BadRow, ImportJob } from '../../contract/imports';
import { safeCell } from '../../core/csv/safeCell';
import type { Result } from '../../core/result';
import type { WorkspaceContext } from '../../services/context';
import type { ImportOptions, ImportProgress, ImportSource } from '../../services/imports/runCsvImport';
import { CliError, processIo, type CliIo } from '../io';
import { resolveWorkspace, withDatabase } from './database';

export interface StreamingImportOptions {
  workspace?: string;
  resume?: string;
  batchSize: string;
  dataDir?: string;
}

/**
 * Runs a streaming CSV import from the command line (the history's and a newsletter tool's): a
 * progress bar on stderr, bad rows in `<file>.bad-rows.csv`, a non-zero exit with the reason (and the
 * job to `--resume`) when the file cannot be imported. `what` names the rows in the summary line.
 *
 * @example await runStreamingImport(io, file, opts, 'events', (ctx, source, o) => importHistory(ctx, 'events', source, o));
 */
export async function runStreamingImport(
  io: CliIo,
  file: string,
  opts: StreamingImportOptions,
  what: string,
  run: (ctx: WorkspaceContext, source: ImportSource, options: ImportOptions) => Promise<Result<ImportJob>>,
): Promise<ImportJob> {
  const batchSize = Number(opts.batchSize);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000)
    throw new CliError(`--batch-size must be a whole number from 1 to 50000, not "${opts.batchSize}"`);
  const size = await stat(file).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );
  if (size === null) throw new CliError(`cannot read ${file}: no such file`);
  const tty = io === processIo && process.stderr.isTTY;
  const badFile = `${file}.bad-rows.csv`;
  let badOut: WriteStream | null = null;
  const started = Date.now();
  let lastShown = 0;
  const show = (p: ImportProgress, final = false) => {
    const now = Date.now();
    if (!final && now - lastShown < (tty ? 200 : 5000)) return;
    lastShown = now;
    const line = progressLine(p, now - started, tty ? (process.stderr.columns ?? 80) : null);
    io.err(tty ? `\r${line}${final ? '\n' : ''}` : `${line}\n`);
  };
  const result = await withDatabase(opts, async (db) => {
    const ctx = await resolveWorkspace(db, opts.workspace);
    return run(
      ctx,
      { input: createReadStream(file), fileName: file.split(/[\\/]/).at(-1) ?? file, totalBytes: size },
      {
        resumeJobId: opts.resume,
        batchSize,
        onStart: (jobId) => io.err(`Import job ${jobId} (resume with --resume ${jobId})\n`),
        onProgress: (p) => show(p),
        onBadRows: (rows: BadRow[]) => {
          if (!badOut) {
            badOut = createWriteStream(badFile, { flags: opts.resume ? 'a' : 'w' });
            if (!opts.resume) badOut.write('line,reason\n');
          }
          badOut.write(stringify(rows.map((r) => [r.line, safeCell(r.reason)])));
        },
      },
    ).catch((error: unknown) => {
      throw new CliError(`the import stopped: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  const out = badOut as WriteStream | null;
  if (out) await new Promise<void>((resolve) => out.end(resolve));
  if (!result.ok) {
    if (tty) io.err('\n');
    const job = result.error.details?.jobId;
    throw new CliError(
      `${result.error.message}${typeof job === 'string' ? ` (job ${job}; fix the file and continue with --resume ${job})` : ''}`,
    );
  }
  const job = result.value;
  show(
    {
      jobId: job.id,
      bytesRead: size,
      totalBytes: size,
      linesRead: job.linesRead,
      rowsImported: job.rowsImported,
      duplicates: job.duplicates,
      badRows: job.badRows,
    },
    true,
  );
  io.out(
    `Imported ${job.rowsImported} ${what} from ${file} (job ${job.id})` +
      (job.duplicates ? `; ${job.duplicates} stored before, skipped` : '') +
      (job.badRows ? `; ${job.badRows} bad rows skipped, listed in ${badFile}\n` : '; no bad rows\n'),
  );
  return job;
}

/**
 * One progress line: a bar of bytes read when `width` is given (a terminal), plain text otherwise.
 * @example progressLine({ bytesRead: 50, totalBytes: 100, linesRead: 1000, ... }, 2000, null)
 * // '50% · 1000 lines · 1000 imported · 0 bad · 500 rows/s'
 */
export function progressLine(p: ImportProgress, elapsedMs: number, width: number | null): string {
  const share = p.totalBytes ? Math.min(1, p.bytesRead / p.totalBytes) : null;
  const percent = share === null ? '' : `${Math.floor(share * 100)}% · `;
  const rate = Math.round((p.rowsImported + p.duplicates + p.badRows) / Math.max(0.001, elapsedMs / 1000));
  const stored = p.duplicates ? ` · ${p.duplicates} stored before` : '';
  const text = `${percent}${p.linesRead} lines · ${p.rowsImported} imported${stored} · ${p.badRows} bad · ${rate} rows/s`;
  if (width === null || share === null) return text;
  const barWidth = Math.max(10, Math.min(40, width - text.length - 4));
  const filled = Math.round(share * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}
