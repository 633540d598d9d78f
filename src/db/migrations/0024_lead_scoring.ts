import { sql, type Kysely } from 'kysely';

/**
 * Lifecycle stages and lead scoring (issue 14). The workspace's stage list and scoring rules; each
 * profile's current score with its explanation, a daily score history, its stage with every change
 * (cause and actor); the accounts' roll-up (best score of their people and their sum, the furthest
 * stage); the scoring consumer's own cursor over the event log; the predictive model.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table lifecycle_stages (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      key text not null check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
      position int not null,
      name_de text not null,
      name_en text not null,
      kind text not null check (kind in ('funnel', 'customer', 'recycled', 'disqualified')),
      min_score double precision,
      manual boolean not null default false,
      primary key (workspace_id, key)
    );

    create table scoring_rules (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      kind text not null check (kind in ('fit', 'engagement')),
      name text not null,
      position int not null default 0,
      active boolean not null default true,
      -- fit: {conditions}; engagement: {eventType, eventName, touchpointId, urlContains, conditions}
      condition jsonb not null,
      points double precision not null,
      cap double precision check (cap is null or cap > 0),
      decay_kind text not null default 'none' check (decay_kind in ('none', 'half_life', 'linear')),
      decay_days double precision check (decay_days is null or decay_days > 0),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table profile_scores (
      workspace_id uuid not null,
      profile_id uuid not null,
      total double precision not null,
      fit double precision not null,
      engagement double precision not null,
      lines jsonb not null default '[]',
      predicted double precision,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, profile_id),
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade
    );
    create index profile_scores_total on profile_scores (workspace_id, total desc, profile_id);

    create table profile_score_history (
      workspace_id uuid not null,
      profile_id uuid not null,
      day date not null,
      total double precision not null,
      fit double precision not null,
      engagement double precision not null,
      primary key (workspace_id, profile_id, day),
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade
    );

    create table profile_stages (
      workspace_id uuid not null,
      profile_id uuid not null,
      stage_key text not null,
      owner_user_id uuid references users (id) on delete set null,
      changed_at timestamptz not null default now(),
      primary key (workspace_id, profile_id),
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade
    );
    create index profile_stages_stage on profile_stages (workspace_id, stage_key);

    -- One table for people and accounts: exactly one of profile_id and company_id is set.
    create table stage_history (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id bigint generated always as identity,
      profile_id uuid,
      company_id uuid,
      from_stage text,
      to_stage text not null,
      at timestamptz not null default now(),
      cause text not null check (cause in ('rule', 'score', 'person', 'import')),
      actor text not null default '',
      reason text not null default '',
      score double precision,
      primary key (workspace_id, id),
      check ((profile_id is null) <> (company_id is null)),
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade,
      foreign key (workspace_id, company_id) references companies (workspace_id, id) on delete cascade
    );
    create index stage_history_profile on stage_history (workspace_id, profile_id, at) where profile_id is not null;
    create index stage_history_company on stage_history (workspace_id, company_id, at) where company_id is not null;

    create table company_scores (
      workspace_id uuid not null,
      company_id uuid not null,
      best double precision not null,
      total double precision not null,
      people int not null,
      stage_key text,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, company_id),
      foreign key (workspace_id, company_id) references companies (workspace_id, id) on delete cascade
    );

    create table scoring_cursors (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      last_seq bigint not null default 0,
      -- Rules or stages changed: the consumer rescores every profile once rescored_at passes this.
      rescore_requested_at timestamptz,
      rescored_at timestamptz,
      updated_at timestamptz not null default now()
    );

    create table predictive_models (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      status text not null check (status in ('not_enough_data', 'trained')),
      result jsonb not null,
      trained_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table predictive_models; drop table scoring_cursors; drop table company_scores;
    drop table stage_history; drop table profile_stages; drop table profile_score_history;
    drop table profile_scores; drop table scoring_rules; drop table lifecycle_stages
  `.execute(db);
}
