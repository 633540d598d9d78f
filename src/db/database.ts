import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

// Dates stay 'YYYY-MM-DD' strings (no time-zone shifts); numerics and counts become numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export type Db = Kysely<Database>;

const pools = new WeakMap<Db, pg.Pool>();

/**
 * The connection pool behind a `Db` made by `createDb`, for the one thing Kysely cannot do: `COPY`
 * (event ingestion). Undefined for a transaction's `Db`.
 */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/** Opens a pool on `connectionString`. Close it with `db.destroy()`. */
export function createDb(connectionString: string, maxConnections = 10): Db {
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle connection that the server closes (restart, shutdown) must not bring the process down;
  // the pool replaces it on the next query.
  pool.on('error', (error) => {
    if (!/terminating connection/.test(error.message))
      console.error(`PostgreSQL connection lost: ${error.message}`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pools.set(db, pool);
  return db;
}
