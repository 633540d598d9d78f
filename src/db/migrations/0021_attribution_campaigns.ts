import { sql, type Kysely } from 'kysely';

/**
 * Attribution in the app (issue 13): one row of settings per workspace (a missing row means the
 * defaults of src/contract/attribution.ts), and campaigns as objects with a cost, so
 * revenue marketing can show a return on investment. Events reach a campaign through their
 * `utm_campaign`; a key belongs to one campaign of the workspace at most (checked by the service, as
 * keys are compared without case).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table attribution_settings (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      conversion_event_types text[] not null,
      value_source text not null check (value_source in ('revenue', 'property', 'none')),
      value_property text check (length(value_property) <= 200),
      lookback_days integer not null check (lookback_days between 1 and 365),
      touch_event_types text[] not null,
      collapse_repeats boolean not null,
      half_life_days double precision not null check (half_life_days > 0 and half_life_days <= 365),
      position_first double precision not null check (position_first between 0 and 1),
      position_middle double precision not null check (position_middle between 0 and 1),
      position_last double precision not null check (position_last between 0 and 1),
      markov_order integer not null check (markov_order between 1 and 6),
      fixed_shares jsonb not null default '[]',
      updated_at timestamptz not null default now(),
      constraint attribution_settings_value_property check (
        (value_source = 'property') = (value_property is not null)
      )
    );
    create table campaigns (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      utm_campaigns text[] not null default '{}',
      channel text check (length(channel) <= 200),
      starts_on date,
      ends_on date,
      cost_eur numeric(14, 2) check (cost_eur >= 0),
      notes text not null default '' check (length(notes) <= 10000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id),
      constraint campaigns_name_once unique (workspace_id, name),
      constraint campaigns_period check (starts_on is null or ends_on is null or starts_on <= ends_on)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table campaigns; drop table attribution_settings`.execute(db);
}
