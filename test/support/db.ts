import { randomUUID } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database';

let shared: Db | undefined;

/** One pool per test file on the run's PostgreSQL, closed when the file ends. */
export function testDb(): Db {
  if (!shared) {
    const db = createDb(inject('databaseUrl'), 5);
    shared = db;
    afterAll(async () => {
      await db.destroy();
      shared = undefined;
    });
  }
  return shared;
}

/**
 * A pg-boss schema of the test's own. Test files run side by side on one database, and in the shared
 * schema one file's worker would take (and answer for) another file's jobs.
 */
export const ownJobsSchema = (): string => `pgboss_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
