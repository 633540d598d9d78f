import { sql, type Kysely } from 'kysely';

/**
 * Outbound webhooks (issue 14: "keep the CRM in step"): endpoints a workspace registers, and one
 * delivery row per endpoint and event. The delivery table is the outbox: a state change writes its
 * deliveries in its own transaction, and the dispatcher sends what is due, so an event is neither lost
 * in a crash nor sent twice to one endpoint (`unique (workspace_id, endpoint_id, message_id)`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      url text not null check (length(url) <= 2000),
      description text not null default '' check (length(description) <= 500),
      event_kinds text[] not null check (cardinality(event_kinds) between 1 and 50),
      secret text not null,
      enabled boolean not null default true,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create table webhook_deliveries (
      workspace_id uuid not null,
      id uuid not null default gen_random_uuid(),
      endpoint_id uuid not null,
      message_id text not null,
      event_kind text not null,
      payload jsonb not null,
      status text not null default 'pending'
        check (status in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_status integer,
      last_error text,
      created_at timestamptz not null default now(),
      delivered_at timestamptz,
      primary key (workspace_id, id),
      foreign key (workspace_id, endpoint_id) references webhook_endpoints (workspace_id, id) on delete cascade,
      constraint webhook_deliveries_once unique (workspace_id, endpoint_id, message_id)
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';
    create index webhook_deliveries_of_endpoint on webhook_deliveries (workspace_id, endpoint_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table webhook_deliveries; drop table webhook_endpoints;`.execute(db);
}
