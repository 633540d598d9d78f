import { sql, type Kysely } from 'kysely';

/**
 * Impact and effort become "not yet assessed" (null) for new touchpoints instead of a silent 3 / 3 that
 * ranked every fresh touchpoint as a major project. Existing touchpoints keep their values: users have
 * seen and worked with them as assessed (priorities, quick wins, measures), and nothing stored tells a
 * deliberate 3 from the old default (the history records a touchpoint's creation by name only, and
 * imported ones have no history at all). An owner who wants one counted as waiting clears it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table touchpoints
      alter column impact drop not null,
      alter column impact drop default,
      alter column effort drop not null,
      alter column effort drop default
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    update touchpoints set impact = coalesce(impact, 3), effort = coalesce(effort, 3)
    where impact is null or effort is null
  `.execute(db);
  await sql`
    alter table touchpoints
      alter column impact set default 3,
      alter column impact set not null,
      alter column effort set default 3,
      alter column effort set not null
  `.execute(db);
}
