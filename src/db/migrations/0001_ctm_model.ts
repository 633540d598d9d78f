import { sql, type Kysely } from 'kysely';

/**
 * The CTM model. Every workspace table carries `workspace_id` and leads its primary key with it, and
 * references between workspace tables include it, so rows of two workspaces can never point at each
 * other and a large deployment can distribute every table by `workspace_id` (Citus). Only the
 * identity tables `users` and `sessions` are global: one person may belong to several workspaces.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workspaces (
      workspace_id uuid primary key default gen_random_uuid(),
      name text not null,
      slug text not null unique,
      journey_model_id uuid,
      locale text not null default 'de',
      created_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text not null,
      created_at timestamptz not null default now()
    );
    create unique index users_email_key on users (lower(email));

    create table sessions (
      id text primary key,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user on sessions (user_id);

    create table memberships (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('owner', 'editor', 'viewer')),
      created_at timestamptz not null default now(),
      primary key (workspace_id, user_id)
    );
    create index memberships_user on memberships (user_id);

    create table api_tokens (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null,
      token_hash text not null unique,
      role text not null check (role in ('owner', 'editor', 'viewer')),
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      primary key (workspace_id, id)
    );

    create table journey_models (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      kind text not null check (kind in ('aidala', 'need_buy_use', 'seven_stage', 'custom')),
      name text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table phases (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      journey_model_id uuid not null,
      key text not null,
      name_de text not null,
      name_en text not null,
      description text not null default '',
      position integer not null,
      primary key (workspace_id, id),
      unique (workspace_id, journey_model_id, key),
      foreign key (workspace_id, journey_model_id) references journey_models (workspace_id, id) on delete cascade
    );

    create table personas (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null,
      role text not null default '',
      industry text not null default '',
      company_size text not null default '',
      description text not null default '',
      needs jsonb not null default '[]',
      goals jsonb not null default '[]',
      pains jsonb not null default '[]',
      preferred_channels jsonb not null default '[]',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table quickcheck_runs (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null default '',
      answers jsonb not null,
      results jsonb not null,
      created_by uuid references users (id) on delete set null,
      created_by_name text not null default '',
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table touchpoints (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null,
      catalogue_key text,
      type text not null default '',
      medium text not null check (medium in ('digital', 'analog')),
      directness text not null check (directness in ('direct', 'indirect')),
      ownership text not null check (ownership in ('owned', 'earned', 'paid')),
      phase_class text not null check (phase_class in ('cip', 'cpos', 'csp', 'ccrp')),
      department text not null default '',
      customer_view text not null default '',
      relevance smallint not null default 3 check (relevance between 1 and 5),
      moment_that_matters boolean not null default false,
      checklist_kind text check (checklist_kind in ('website', 'email', 'social_media')),
      current_maturity text not null default 'none' check (current_maturity in ('none', 'minimal', 'good', 'excellent')),
      current_notes text not null default '',
      current_assessed_by text,
      current_assessed_at timestamptz,
      target_maturity text not null default 'none' check (target_maturity in ('none', 'minimal', 'good', 'excellent')),
      target_description text not null default '',
      target_rating numeric(2, 1) check (target_rating between 1 and 5),
      impact smallint not null default 3 check (impact between 1 and 5),
      effort smallint not null default 3 check (effort between 1 and 5),
      quickcheck_run_id uuid,
      retired_at timestamptz,
      retired_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      foreign key (workspace_id, quickcheck_run_id) references quickcheck_runs (workspace_id, id) on delete set null (quickcheck_run_id)
    );
    create index touchpoints_active on touchpoints (workspace_id) where retired_at is null;

    create table touchpoint_phases (
      workspace_id uuid not null,
      touchpoint_id uuid not null,
      phase_id uuid not null,
      primary key (workspace_id, touchpoint_id, phase_id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade,
      foreign key (workspace_id, phase_id) references phases (workspace_id, id) on delete cascade
    );

    create table touchpoint_personas (
      workspace_id uuid not null,
      touchpoint_id uuid not null,
      persona_id uuid not null,
      primary key (workspace_id, touchpoint_id, persona_id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade,
      foreign key (workspace_id, persona_id) references personas (workspace_id, id) on delete cascade
    );

    create table touchpoint_checklist (
      workspace_id uuid not null,
      touchpoint_id uuid not null,
      criterion_key text not null,
      checked_by text not null default '',
      checked_at timestamptz not null default now(),
      primary key (workspace_id, touchpoint_id, criterion_key),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );

    create table rating_links (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid not null,
      token text not null unique,
      label text not null default '',
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      used_at timestamptz,
      revoked_at timestamptz,
      primary key (workspace_id, id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );

    create table ratings (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid not null,
      source text not null check (source in ('customer', 'employee')),
      score smallint not null check (score between 1 and 5),
      comment text not null default '',
      rater_name text not null default '',
      rated_by uuid references users (id) on delete set null,
      rating_link_id uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, rating_link_id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );
    create index ratings_touchpoint on ratings (workspace_id, touchpoint_id);

    create table kpis (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid not null,
      name text not null,
      unit text not null default '',
      direction text not null default 'higher_is_better' check (direction in ('higher_is_better', 'lower_is_better')),
      target_value double precision,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, touchpoint_id, name),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );

    create table kpi_values (
      workspace_id uuid not null,
      kpi_id uuid not null,
      measured_on date not null,
      value double precision not null,
      source text not null default 'manual' check (source in ('manual', 'import', 'computed')),
      note text not null default '',
      created_at timestamptz not null default now(),
      primary key (workspace_id, kpi_id, measured_on),
      foreign key (workspace_id, kpi_id) references kpis (workspace_id, id) on delete cascade
    );

    create table measures (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      title text not null,
      description text not null default '',
      owner text not null default '',
      due_date date,
      status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'dropped')),
      effort smallint not null default 3 check (effort between 1 and 5),
      expected_impact smallint not null default 3 check (expected_impact between 1 and 5),
      kpi_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      done_at timestamptz,
      primary key (workspace_id, id),
      foreign key (workspace_id, kpi_id) references kpis (workspace_id, id) on delete set null (kpi_id)
    );

    create table measure_touchpoints (
      workspace_id uuid not null,
      measure_id uuid not null,
      touchpoint_id uuid not null,
      primary key (workspace_id, measure_id, touchpoint_id),
      foreign key (workspace_id, measure_id) references measures (workspace_id, id) on delete cascade,
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );

    create table content_assets (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      title text not null,
      kind text not null default '',
      url text not null default '',
      description text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table content_asset_mappings (
      workspace_id uuid not null,
      asset_id uuid not null,
      persona_id uuid not null,
      phase_id uuid not null,
      primary key (workspace_id, asset_id, persona_id, phase_id),
      foreign key (workspace_id, asset_id) references content_assets (workspace_id, id) on delete cascade,
      foreign key (workspace_id, persona_id) references personas (workspace_id, id) on delete cascade,
      foreign key (workspace_id, phase_id) references phases (workspace_id, id) on delete cascade
    );

    create table audit_log (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id bigint generated always as identity,
      entity_type text not null,
      entity_id uuid,
      action text not null,
      actor text not null default '',
      changes jsonb not null default '{}',
      at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index audit_log_entity on audit_log (workspace_id, entity_type, entity_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log, content_asset_mappings, content_assets, measure_touchpoints, measures, kpi_values,
      kpis, ratings, rating_links, touchpoint_checklist, touchpoint_personas, touchpoint_phases, touchpoints,
      quickcheck_runs, personas, phases, journey_models, api_tokens, memberships, sessions, users, workspaces
  `.execute(db);
}
