import { sql, type Kysely } from 'kysely';

/**
 * Applying mapping rules to events stored before the rule existed: one row per run holds where the
 * run has got to (`after_seq`, a keyset over the event log's `seq`) and its progress, written in the
 * same transaction as each batch, so a run interrupted by a restart continues where it stopped and
 * never maps an event twice. `rule_id` null: all rules. No foreign key to the rule: a run whose rule
 * was deleted stops with `failed` rather than turning into a run of all rules.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table mapping_apply_runs (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      id uuid not null default gen_random_uuid(),
      rule_id uuid,
      status text not null default 'running' check (status in ('running', 'done', 'failed')),
      up_to_seq bigint not null,
      after_seq bigint not null default 0,
      total bigint not null default 0,
      done bigint not null default 0,
      mapped bigint not null default 0,
      error text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      finished_at timestamptz,
      primary key (workspace_id, id)
    );
    -- One run at a time per rule (and one of all rules): a second start answers the running one.
    create unique index mapping_apply_runs_running on mapping_apply_runs
      (workspace_id, coalesce(rule_id, '00000000-0000-0000-0000-000000000000'::uuid)) where status = 'running';
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table mapping_apply_runs`.execute(db);
}
