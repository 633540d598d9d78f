import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/db/database';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { migrateToLatest } from '../../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The "external" PostgreSQL every integration test reaches through a connection URL. */
    databaseUrl: string;
  }
}

/**
 * Starts one PostgreSQL server for the whole run from the same npm-bundled binaries, in a temporary
 * folder, playing the external server of a production install (DATABASE_URL). Tests that need the
 * embedded mode start their own. A DATABASE_URL in the environment is used instead when set.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TOUCHPOINT_TEST_DATABASE_URL;
  if (external) {
    const db = createDb(external);
    await migrateToLatest(db);
    await db.destroy();
    project.provide('databaseUrl', external);
    return;
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-test-pg-'));
  // As root, PostgreSQL runs as the 'postgres' user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: dir, database: 'touchpoint_test' });
  const db = createDb(pg.connectionString);
  await migrateToLatest(db);
  await db.destroy();
  project.provide('databaseUrl', pg.connectionString);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
