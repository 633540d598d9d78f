import { sql, type Kysely } from 'kysely';

/**
 * The customer value analysis (src/services/analytics/customerValueOrders.ts) reads every order (an
 * event carrying revenue) up to the end of its period. Orders are a small share of the log, so without
 * this index the query read every event of the workspace's history and threw most away. The predicate
 * is the query's own (`revenue is not null`): change both together.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index events_orders on events (workspace_id, occurred_at) include (profile_id, revenue)
    where revenue is not null
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_orders`.execute(db);
}
