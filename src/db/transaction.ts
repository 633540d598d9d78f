import type { Db } from './database';

/** Runs `fn` in a transaction, or inside the caller's when `db` is one already (imports batch many writes). */
export function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
