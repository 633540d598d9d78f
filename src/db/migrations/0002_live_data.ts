import { sql, type Kysely } from 'kysely';

/**
 * Live data (issue "collect every customer interaction"): write keys, the raw event log, customer
 * profiles with their identities and companies, touchpoint mapping rules, aggregates kept up to date
 * as events arrive, e-mail mailings, KPI definitions computed from events, alerts and import jobs.
 *
 * Ingestion only appends to `events` (one idempotent multi-row INSERT per batch); everything derived
 * (profiles, aggregates, mapped touchpoints) is maintained by the event processor, which reads events
 * in arrival order (`seq`) from a per-workspace cursor, so ingestion stays fast and nothing derived
 * can be lost: it can always be rebuilt from the log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table write_keys (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      name text not null,
      key text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      primary key (workspace_id, id)
    );

    create table companies (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      external_id text,
      name text not null,
      domain text not null default '',
      properties jsonb not null default '{}',
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, external_id)
    );

    create table profiles (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      user_id text,
      email text,
      name text not null default '',
      company_id uuid,
      traits jsonb not null default '{}',
      first_seen_at timestamptz,
      last_seen_at timestamptz,
      event_count bigint not null default 0,
      revenue numeric(16, 2) not null default 0,
      touchpoint_ids jsonb not null default '[]',
      current_phase_key text,
      merged_into uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      unique (workspace_id, user_id),
      foreign key (workspace_id, company_id) references companies (workspace_id, id) on delete set null (company_id)
    );
    create index profiles_email on profiles (workspace_id, lower(email));
    create index profiles_company on profiles (workspace_id, company_id);

    -- Every identifier ever seen for a person points at its profile: anonymous ids merge into the known one.
    create table profile_identities (
      workspace_id uuid not null,
      kind text not null check (kind in ('anonymous', 'user', 'email')),
      value text not null,
      profile_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, kind, value),
      foreign key (workspace_id, profile_id) references profiles (workspace_id, id) on delete cascade
    );
    create index profile_identities_profile on profile_identities (workspace_id, profile_id);

    create table events (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      event_id text not null,
      seq bigint generated always as identity,
      type text not null,
      name text,
      occurred_at timestamptz not null,
      received_at timestamptz not null default now(),
      anonymous_id text,
      user_id text,
      profile_id uuid,
      session_id text,
      touchpoint_id uuid,
      channel text,
      channel_class text check (channel_class in ('owned', 'earned', 'paid')),
      url text,
      referrer text,
      utm_source text,
      utm_medium text,
      utm_campaign text,
      properties jsonb not null default '{}',
      revenue numeric(16, 2),
      source text not null default 'api',
      primary key (workspace_id, event_id)
    );
    create index events_seq on events (workspace_id, seq);
    create index events_time on events (workspace_id, occurred_at);
    create index events_profile on events (workspace_id, profile_id, occurred_at) where profile_id is not null;

    -- Where the processor has got to in each workspace's event log.
    create table event_cursors (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      last_seq bigint not null default 0,
      updated_at timestamptz not null default now()
    );

    create table touchpoint_mapping_rules (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid not null,
      position integer not null default 0,
      event_type text,
      channel text,
      url_pattern text,
      referrer_pattern text,
      utm_source text,
      utm_medium text,
      utm_campaign text,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete cascade
    );

    -- Aggregates the dashboards read; updated by the processor as events arrive.
    create table daily_touchpoint_stats (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      touchpoint_key text not null,
      event_type text not null,
      events bigint not null default 0,
      profiles bigint not null default 0,
      revenue numeric(16, 2) not null default 0,
      primary key (workspace_id, day, touchpoint_key, event_type)
    );

    create table daily_web_stats (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      page_views bigint not null default 0,
      visits bigint not null default 0,
      bounced_visits bigint not null default 0,
      unique_visitors bigint not null default 0,
      new_visitors bigint not null default 0,
      returning_visitors bigint not null default 0,
      conversions bigint not null default 0,
      primary key (workspace_id, day)
    );

    create table daily_visitors (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      visitor_id text not null,
      primary key (workspace_id, day, visitor_id)
    );

    create table web_sessions (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      session_id text not null,
      visitor_id text not null,
      day date not null,
      started_at timestamptz not null,
      last_event_at timestamptz not null,
      page_views integer not null default 0,
      is_new_visitor boolean not null default false,
      channel_class text,
      converted boolean not null default false,
      primary key (workspace_id, session_id)
    );

    create table daily_conversion_stats (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      day date not null,
      conversion_point text not null,
      conversions bigint not null default 0,
      primary key (workspace_id, day, conversion_point)
    );

    create table smtp_settings (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      host text not null,
      port integer not null,
      secure boolean not null default false,
      username text not null default '',
      password text not null default '',
      from_address text not null,
      from_name text not null default '',
      updated_at timestamptz not null default now()
    );

    create table mailings (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      touchpoint_id uuid,
      kind text not null default 'newsletter' check (kind in ('newsletter', 'single')),
      name text not null,
      subject text not null,
      body_html text not null default '',
      body_text text not null default '',
      segment jsonb not null default '{}',
      status text not null default 'draft' check (status in ('draft', 'sending', 'sent', 'failed')),
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      primary key (workspace_id, id),
      foreign key (workspace_id, touchpoint_id) references touchpoints (workspace_id, id) on delete set null (touchpoint_id)
    );

    create table mailing_recipients (
      workspace_id uuid not null,
      mailing_id uuid not null,
      profile_id uuid,
      email text not null,
      token text not null unique,
      status text not null default 'queued' check (status in ('queued', 'sent', 'failed', 'bounced_hard', 'bounced_soft')),
      message_id text,
      error text,
      sent_at timestamptz,
      primary key (workspace_id, mailing_id, email),
      foreign key (workspace_id, mailing_id) references mailings (workspace_id, id) on delete cascade
    );
    create index mailing_recipients_message on mailing_recipients (message_id);

    create table mailing_stats (
      workspace_id uuid not null,
      mailing_id uuid not null,
      sent bigint not null default 0,
      hard_bounces bigint not null default 0,
      soft_bounces bigint not null default 0,
      opens bigint not null default 0,
      unique_opens bigint not null default 0,
      clicks bigint not null default 0,
      unique_clicks bigint not null default 0,
      unsubscribes bigint not null default 0,
      primary key (workspace_id, mailing_id),
      foreign key (workspace_id, mailing_id) references mailings (workspace_id, id) on delete cascade
    );

    create table email_suppressions (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      email text not null,
      reason text not null check (reason in ('unsubscribed', 'hard_bounce', 'complaint')),
      created_at timestamptz not null default now(),
      primary key (workspace_id, email)
    );

    alter table kpis
      add column metric text,
      add column params jsonb not null default '{}',
      add column band_low double precision,
      add column band_high double precision,
      add column alert_emails jsonb not null default '[]',
      add column alert_webhook text;

    create table kpi_alerts (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      kpi_id uuid not null,
      measured_on date not null,
      value double precision not null,
      message text not null,
      created_at timestamptz not null default now(),
      acknowledged_at timestamptz,
      primary key (workspace_id, id),
      unique (workspace_id, kpi_id, measured_on),
      foreign key (workspace_id, kpi_id) references kpis (workspace_id, id) on delete cascade
    );

    create table import_jobs (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      kind text not null check (kind in ('contacts', 'companies', 'events')),
      file_name text not null,
      status text not null default 'running' check (status in ('running', 'done', 'failed')),
      lines_read bigint not null default 0,
      rows_imported bigint not null default 0,
      bad_rows bigint not null default 0,
      errors jsonb not null default '[]',
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      primary key (workspace_id, id)
    );

    create table privacy_requests (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      kind text not null check (kind in ('export', 'erase')),
      subject text not null,
      actor text not null,
      details jsonb not null default '{}',
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table privacy_requests, import_jobs, kpi_alerts, email_suppressions, mailing_stats, mailing_recipients,
      mailings, smtp_settings, daily_conversion_stats, web_sessions, daily_visitors, daily_web_stats,
      daily_touchpoint_stats, touchpoint_mapping_rules, event_cursors, events, profile_identities, profiles,
      companies, write_keys;
    alter table kpis drop column metric, drop column params, drop column band_low, drop column band_high,
      drop column alert_emails, drop column alert_webhook;
  `.execute(db);
}
