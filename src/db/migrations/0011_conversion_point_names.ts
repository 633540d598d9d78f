import { sql, type Kysely } from 'kysely';

/**
 * The name a team gives a conversion point. The tracker knows only the key a form declares
 * (`data-touchpoint-conversion="rueckrufbitte"`); the screens show the name once someone set one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table conversion_point_names (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      conversion_point text not null,
      name text not null check (length(name) between 1 and 200),
      primary key (workspace_id, conversion_point)
    )
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table conversion_point_names`.execute(db);
}
