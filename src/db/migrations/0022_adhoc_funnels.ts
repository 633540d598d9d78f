import { sql, type Kysely } from 'kysely';

/**
 * Saved ad-hoc funnels (issue 13): a name, the ordered steps (JSON, checked by the API contract before
 * it is stored), loose or strict order and the conversion window. Everyone in the workspace sees them;
 * changes go to the workspace history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table adhoc_funnels (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      steps jsonb not null check (jsonb_typeof(steps) = 'array' and jsonb_array_length(steps) between 2 and 10),
      order_mode text not null default 'loose' check (order_mode in ('loose', 'strict')),
      window_seconds integer not null check (window_seconds between 60 and 7776000),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index adhoc_funnels_name on adhoc_funnels (workspace_id, lower(name));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table adhoc_funnels`.execute(db);
}
