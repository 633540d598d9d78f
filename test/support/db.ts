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
