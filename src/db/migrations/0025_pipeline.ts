import { sql, type Kysely } from 'kysely';

/**
 * Accounts and the sales pipeline (issue 14). A deal belongs to an account (a company), has contacts
 * (profiles), a value in EUR, a stage of the workspace's pipeline and an optional probability that
 * overrides the stage's. Every stage change is a row of `deal_stage_history`, the base of stage
 * conversion and velocity. A workspace without rows in `pipeline_stages` uses the default stages of
 * src/core/pipeline. Deals may be imported, so `import_jobs` learns the kind `deals`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pipeline_stages (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      key text not null check (key ~ '^[a-z0-9_]{1,40}$'),
      name text not null check (length(name) between 1 and 100),
      probability integer not null check (probability between 0 and 100),
      kind text not null check (kind in ('open', 'won', 'lost')),
      position integer not null,
      primary key (workspace_id, key)
    );

    create table deals (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      external_id text,
      company_id uuid not null,
      title text not null check (length(title) between 1 and 200),
      value numeric(14, 2) not null default 0 check (value >= 0),
      stage text not null,
      probability integer check (probability between 0 and 100),
      expected_close date,
      owner_user_id uuid references users (id) on delete set null,
      reason text not null default '' check (length(reason) <= 500),
      renewal_date date,
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, external_id),
      foreign key (workspace_id, company_id) references companies (workspace_id, id) on delete cascade
    );
    create index deals_stage on deals (workspace_id, stage, expected_close);
    create index deals_company on deals (workspace_id, company_id);

    create table deal_contacts (
      workspace_id uuid not null,
      deal_id uuid not null,
      profile_id uuid not null,
      position integer not null default 0,
      primary key (workspace_id, deal_id, profile_id),
      foreign key (workspace_id, deal_id) references deals (workspace_id, id) on delete cascade,
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade
    );
    create index deal_contacts_profile on deal_contacts (workspace_id, profile_id);

    create table deal_stage_history (
      workspace_id uuid not null,
      id bigint generated always as identity,
      deal_id uuid not null,
      from_stage text,
      to_stage text not null,
      at timestamptz not null default now(),
      actor text not null default '',
      primary key (workspace_id, id),
      foreign key (workspace_id, deal_id) references deals (workspace_id, id) on delete cascade
    );
    create index deal_stage_history_deal on deal_stage_history (workspace_id, deal_id, at);

    alter table import_jobs
      drop constraint import_jobs_kind_check,
      add constraint import_jobs_kind_check
        check (kind in ('contacts', 'companies', 'events', 'newsletter', 'deals'));
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from import_jobs where kind = 'deals';
    alter table import_jobs
      drop constraint import_jobs_kind_check,
      add constraint import_jobs_kind_check check (kind in ('contacts', 'companies', 'events', 'newsletter'));
    drop table deal_stage_history, deal_contacts, deals, pipeline_stages;
  `.execute(db);
}
