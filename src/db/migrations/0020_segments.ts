import { sql, type Kysely } from 'kysely';

/**
 * Saved segments (src/core/segments): a name and a definition, the JSON of the segment definition
 * language, checked by the contract before it is stored. Members are not stored: a segment is a filter,
 * evaluated when asked, so it never goes stale.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table segments (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      description text not null default '' check (length(description) <= 1000),
      definition jsonb not null check (jsonb_typeof(definition) = 'object'),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index segments_name on segments (workspace_id, lower(name));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table segments`.execute(db);
}
