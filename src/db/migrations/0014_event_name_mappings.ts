import { sql, type Kysely } from 'kysely';

/**
 * A workspace's own table of Segment `track` event names and the Touchpoint type each means, tried
 * before the built-in one (docs/tracking.md, "Segment-compatible API").
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table event_name_mappings (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      pattern text not null check (length(pattern) between 1 and 200),
      event_type text not null,
      conversion_point text check (length(conversion_point) between 1 and 200),
      revenue_property text check (length(revenue_property) between 1 and 200),
      position integer not null default 0,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    )
  `.execute(db);
  await sql`create index event_name_mappings_order on event_name_mappings (workspace_id, position, created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table event_name_mappings`.execute(db);
}
