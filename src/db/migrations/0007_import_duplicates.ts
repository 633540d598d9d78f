import { sql, type Kysely } from 'kysely';

/**
 * Import jobs count the rows whose event was stored before (same `event_id`, e.g. a file imported a
 * second time) apart from the rows they imported: they are skipped, not imported again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_jobs add column duplicate_rows bigint not null default 0`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table import_jobs drop column duplicate_rows`.execute(db);
}
