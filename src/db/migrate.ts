import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database';
import * as m0001 from './migrations/0001_ctm_model';
import * as m0002 from './migrations/0002_live_data';
import * as m0003email from './migrations/0003_email';
import * as m0004 from './migrations/0004_event_processor_indexes';
import * as m0005email from './migrations/0005_email_delivery';

/** Migrations are imported, not read from disk, so they travel inside the built bundle. */
const migrations: Record<string, Migration> = {
  '0001_ctm_model': m0001,
  '0002_live_data': m0002,
  '0003_email': m0003email,
  '0004_event_processor_indexes': m0004,
  '0005_email_delivery': m0005email,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema to the latest version; concurrent callers are serialised by Kysely's lock table. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
