import type { Command } from 'commander';
import { loadConfig } from '../../config';
import type { Db } from '../../db/database';
import { openDatabase } from '../../runtime/start';
import type { WorkspaceContext } from '../../services/context';
import { CliError } from '../io';

/** Adds the option every database command takes. */
export const withDataDir = (cmd: Command): Command =>
  cmd.option('--data-dir <dir>', 'folder of the embedded PostgreSQL (ignored when DATABASE_URL is set)');

/** Opens the database (embedded or DATABASE_URL), runs `fn`, and closes it again whatever happens. */
export async function withDatabase<T>(opts: { dataDir?: string }, fn: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, opts.dataDir ? { dataDir: opts.dataDir } : {});
  const database = await openDatabase(config).catch((error: unknown) => {
    throw new CliError(`cannot open the database: ${error instanceof Error ? error.message : String(error)}`);
  });
  try {
    return await fn(database.db);
  } finally {
    await database.close();
  }
}

/** Finds a workspace by id or address (slug); with none given, the only one there is. */
export async function resolveWorkspace(db: Db, idOrSlug: string | undefined): Promise<WorkspaceContext> {
  const rows = await db
    .selectFrom('workspaces')
    .select(['workspace_id', 'slug', 'name'])
    .orderBy('created_at')
    .execute();
  let found = rows.find((w) => w.workspace_id === idOrSlug || w.slug === idOrSlug);
  if (!idOrSlug) {
    if (rows.length !== 1)
      throw new CliError(
        `--workspace is required: there are ${rows.length} workspaces (${rows.map((w) => w.slug).join(', ') || 'none'})`,
      );
    found = rows[0];
  }
  if (!found)
    throw new CliError(`no workspace "${idOrSlug}"; known: ${rows.map((w) => w.slug).join(', ') || 'none'}`);
  return { db, workspaceId: found.workspace_id, actor: { userId: null, label: 'CLI', role: 'owner' } };
}
