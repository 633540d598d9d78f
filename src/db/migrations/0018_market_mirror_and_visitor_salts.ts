import { sql, type Kysely } from 'kysely';

/**
 * Two tables of issue 12. `market_mirror_assessments` keeps every self-assessment against the 2016
 * market study, so the mirror shows progress over time. `visitor_salts` holds the daily secret that
 * turns IP address and user agent into a visitor id for page views sent before consent; a salt older
 * than yesterday is deleted, after which its ids can no longer be recomputed or linked to later days.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table market_mirror_assessments (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      answers jsonb not null,
      taken_by uuid references users (id) on delete set null,
      taken_by_name text not null default '',
      taken_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index market_mirror_assessments_taken on market_mirror_assessments (workspace_id, taken_at);

    create table visitor_salts (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      secret text not null,
      primary key (workspace_id, day)
    );
    create index visitor_salts_day on visitor_salts (day);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table visitor_salts; drop table market_mirror_assessments`.execute(db);
}
