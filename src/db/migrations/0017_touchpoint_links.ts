import { sql, type Kysely } from 'kysely';

/**
 * "Leads to" links between touchpoints (seed 001, step 4): the trade-fair contact leads to the quote.
 * A link holds for every persona (`persona_id` null) or for one persona's journey; the same pair is
 * linked once per persona, the null persona included (`nulls not distinct`). Both ends and the persona
 * are composite references, so a link never points into another workspace, and deleting a touchpoint
 * or persona deletes its links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table touchpoint_links (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      from_touchpoint_id uuid not null,
      to_touchpoint_id uuid not null,
      persona_id uuid,
      label text not null default '' check (length(label) <= 200),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      foreign key (workspace_id, from_touchpoint_id) references touchpoints (workspace_id, id) on delete cascade,
      foreign key (workspace_id, to_touchpoint_id) references touchpoints (workspace_id, id) on delete cascade,
      foreign key (workspace_id, persona_id) references personas (workspace_id, id) on delete cascade,
      constraint touchpoint_links_not_to_itself check (from_touchpoint_id <> to_touchpoint_id),
      constraint touchpoint_links_once unique nulls not distinct
        (workspace_id, from_touchpoint_id, to_touchpoint_id, persona_id)
    );
    create index touchpoint_links_to on touchpoint_links (workspace_id, to_touchpoint_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table touchpoint_links`.execute(db);
}
