import { sql, type Kysely } from 'kysely';

/**
 * The strategy of seed 000 section 5: the SWOT analysis (per workspace, or per touchpoint) and macro and
 * micro goals, each measured by KPIs that already exist. A SWOT entry turned into a measure keeps the
 * link; deleting the measure only clears it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table swot_entries (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid,
      quadrant text not null check (quadrant in ('strengths', 'weaknesses', 'opportunities', 'threats')),
      text text not null check (length(text) between 1 and 280),
      position integer not null default 0,
      measure_id uuid,
      created_by uuid references users (id) on delete set null,
      created_by_name text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade,
      foreign key (workspace_id, measure_id) references measures (workspace_id, id) on delete set null (measure_id)
    );
    create index swot_entries_board on swot_entries (workspace_id, touchpoint_id, quadrant, position);

    create table goals (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      level text not null check (level in ('macro', 'micro')),
      parent_id uuid,
      title text not null check (length(title) between 1 and 200),
      description text not null default '',
      category text not null default 'other' check (category in
        ('brand', 'customer_management', 'revenue', 'reach', 'interaction', 'traffic', 'other')),
      target_date date,
      touchpoint_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      check (level = 'micro' or parent_id is null),
      foreign key (workspace_id, parent_id) references goals (workspace_id, id) on delete set null (parent_id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id)
        on delete set null (touchpoint_id)
    );

    create table goal_kpis (
      workspace_id uuid not null,
      goal_id uuid not null,
      kpi_id uuid not null,
      primary key (workspace_id, goal_id, kpi_id),
      foreign key (workspace_id, goal_id) references goals (workspace_id, id) on delete cascade,
      foreign key (workspace_id, kpi_id) references kpis (workspace_id, id) on delete cascade
    );
    create index goal_kpis_kpi on goal_kpis (workspace_id, kpi_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table goal_kpis, goals, swot_entries`.execute(db);
}
