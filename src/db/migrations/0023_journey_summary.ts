import { sql, type Kysely } from 'kysely';

/**
 * The journey summary: per profile, touchpoint and UTC day, the first and last interaction and how
 * many events. The event processor keeps it as events arrive (src/services/events/journeySummary.ts),
 * so the phase funnel and other per-person analyses read a row per person and day instead of every
 * event. It is keyed by touchpoint, not phase, so changing the journey model or a touchpoint's phases
 * needs no rebuild; by day, so a period's first reach stays exact. Filled here from the events the
 * processor has already passed (those after the cursor it adds when it gets to them).
 *
 * No foreign key to `profiles`: it would check and lock the profile for every row written, a fifth of
 * a batch's time in the processor benchmark; rows move with merges (`moveJourneySummary`) and go with
 * an erased person (`eraseProfile`). Room left on each page (fillfactor) lets the update of a day's
 * row that only moves `last_at` and `events` stay on its page without new index entries (HOT).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table profile_touchpoint_days (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      profile_id uuid not null,
      touchpoint_id uuid not null,
      day date not null,
      first_at timestamptz not null,
      last_at timestamptz not null,
      events bigint not null check (events > 0),
      primary key (workspace_id, profile_id, touchpoint_id, day)
    ) with (fillfactor = 90);
    create index profile_touchpoint_days_day on profile_touchpoint_days (workspace_id, day)
      include (profile_id, touchpoint_id, first_at);
    insert into profile_touchpoint_days (workspace_id, profile_id, touchpoint_id, day, first_at, last_at, events)
    select e.workspace_id, e.profile_id, e.touchpoint_id, (e.occurred_at at time zone 'UTC')::date,
      min(e.occurred_at), max(e.occurred_at), count(*)
    from events e
    join event_cursors c on c.workspace_id = e.workspace_id and e.seq <= c.last_seq
    where e.profile_id is not null and e.touchpoint_id is not null
    group by 1, 2, 3, 4;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table profile_touchpoint_days`.execute(db);
}
