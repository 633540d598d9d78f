import { sql, type Kysely } from 'kysely';

/**
 * The editorial plan (Redaktionsplan, seed 000 section 5): the workspace's own channels with their
 * frequency target and the event source that tells when their audience is active, the planned content
 * items, and the secret feed links that let calendars subscribe to the plan. Existing workspaces get the
 * same five starting channels a new workspace gets (src/services/editorialPlan/seedChannels.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table editorial_channels (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null,
      position integer not null default 0,
      touchpoint_id uuid,
      target_count integer check (target_count between 1 and 1000),
      target_period text not null default 'week' check (target_period in ('week', 'month')),
      measured_by text not null default 'none' check (measured_by in ('social', 'email', 'web', 'none')),
      network text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, name),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id)
        on delete set null (touchpoint_id)
    );

    create table editorial_items (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      channel_id uuid not null,
      title text not null,
      format text not null default 'text' check (format in ('text', 'image', 'video', 'document')),
      persona_id uuid,
      phase_id uuid,
      owner_user_id uuid,
      planned_at timestamptz not null,
      status text not null default 'idea' check (status in ('idea', 'in_progress', 'planned', 'published')),
      published_url text not null default '',
      auto_publish boolean not null default false,
      notes text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      foreign key (workspace_id, channel_id) references editorial_channels (workspace_id, id) on delete cascade,
      foreign key (workspace_id, persona_id) references personas (workspace_id, id) on delete set null (persona_id),
      foreign key (workspace_id, phase_id) references phases (workspace_id, id) on delete set null (phase_id),
      foreign key (workspace_id, owner_user_id) references memberships (workspace_id, user_id)
        on delete set null (owner_user_id)
    );
    create index editorial_items_planned on editorial_items (workspace_id, planned_at);

    create table editorial_feed_tokens (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      token text not null unique,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      primary key (workspace_id, id)
    );

    insert into editorial_channels (workspace_id, name, position, measured_by, network)
    select w.workspace_id, c.name, c.position, c.measured_by, c.network
    from workspaces w
    cross join (values
      ('LinkedIn', 0, 'social', 'linkedin'),
      ('Xing', 1, 'social', 'xing'),
      ('Newsletter', 2, 'email', ''),
      ('Blog', 3, 'web', ''),
      ('Fachpresse', 4, 'none', '')
    ) as c (name, position, measured_by, network);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table editorial_feed_tokens, editorial_items, editorial_channels`.execute(db);
}
