import { sql, type Selectable } from 'kysely';
import type { BadRow, ImportJob, ImportJobKind } from '../../contract/imports';
import { err, ok, type Result } from '../../core/result';
import type { Db } from '../../db/database';
import type { ImportJobsTable } from '../../db/schema';
import type { WorkspaceContext } from '../context';

type JobRow = Selectable<ImportJobsTable>;

/** Bytes read by imports running in this process, for progress bars; gone when they end. */
const live = new Map<string, { bytesRead: number; totalBytes: number | null }>();

export function reportBytes(jobId: string, bytesRead: number, totalBytes: number | null): void {
  live.set(jobId, { bytesRead, totalBytes });
}

export function forgetBytes(jobId: string): void {
  live.delete(jobId);
}

export function toImportJob(r: JobRow): ImportJob {
  return {
    id: r.id,
    kind: r.kind,
    fileName: r.file_name,
    status: r.status,
    linesRead: Number(r.lines_read),
    rowsImported: Number(r.rows_imported),
    duplicates: Number(r.duplicate_rows),
    badRows: Number(r.bad_rows),
    errors: r.errors as BadRow[],
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
    progress: live.get(r.id) ?? null,
    mailingId: r.mailing_id,
  };
}

export async function loadImportJob(db: Db, workspaceId: string, jobId: string): Promise<JobRow | undefined> {
  return db
    .selectFrom('import_jobs')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', jobId)
    .executeTakeFirst();
}

export async function getImportJob(ctx: WorkspaceContext, jobId: string): Promise<Result<ImportJob>> {
  const row = await loadImportJob(ctx.db, ctx.workspaceId, jobId);
  return row ? ok(toImportJob(row)) : err('not_found', 'Import job not found', { id: jobId });
}

/** The workspace's import jobs, newest first (the web app polls this while one runs). */
export async function listImportJobs(ctx: WorkspaceContext, limit = 50): Promise<ImportJob[]> {
  const rows = await ctx.db
    .selectFrom('import_jobs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toImportJob);
}

export async function createImportJob(
  db: Db,
  workspaceId: string,
  kind: ImportJobKind,
  fileName: string,
): Promise<JobRow> {
  return db
    .insertInto('import_jobs')
    .values({ workspace_id: workspaceId, kind, file_name: fileName.slice(0, 200) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Marks a job done or failed; a failure's reason is added to its errors as line 0. */
export async function finishImportJob(
  db: Db,
  workspaceId: string,
  jobId: string,
  outcome: { status: 'done' } | { status: 'failed'; reason: string },
): Promise<void> {
  const failure = outcome.status === 'failed' ? JSON.stringify([{ line: 0, reason: outcome.reason }]) : '[]';
  await sql`
    update import_jobs set status = ${outcome.status}, finished_at = now(), errors = errors || ${failure}::jsonb
    where workspace_id = ${workspaceId} and id = ${jobId}
  `.execute(db);
}

/** A job to continue: running or failed again, with the lines it has read still counted. */
export async function reopenImportJob(db: Db, workspaceId: string, jobId: string): Promise<void> {
  await sql`
    update import_jobs set status = 'running', finished_at = null,
      errors = (select coalesce(jsonb_agg(e), '[]'::jsonb) from jsonb_array_elements(errors) e where (e->>'line')::int > 0)
    where workspace_id = ${workspaceId} and id = ${jobId}
  `.execute(db);
}

export interface JobLock {
  acquired: boolean;
  release(): Promise<void>;
}

/**
 * Holds a session advisory lock on one pooled connection while a job runs, so two processes never
 * run (or resume) the same job at once. A crashed process's lock goes with its connection.
 */
export function holdJobLock(db: Db, jobId: string): Promise<JobLock> {
  const key = `import_job:${jobId}`;
  return new Promise((resolve, reject) => {
    let letGo: () => void = () => undefined;
    const released = new Promise<void>((r) => (letGo = r));
    const session = db.connection().execute(async (conn) => {
      const r = await sql<{
        ok: boolean;
      }>`select pg_try_advisory_lock(hashtextextended(${key}, 0)) as ok`.execute(conn);
      const acquired = r.rows[0]?.ok === true;
      resolve({
        acquired,
        release: async () => {
          letGo();
          await session;
        },
      });
      await released;
      if (acquired) await sql`select pg_advisory_unlock(hashtextextended(${key}, 0))`.execute(conn);
    });
    session.catch(reject);
  });
}
