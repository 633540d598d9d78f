import { sql, type Kysely } from 'kysely';

/**
 * Indexes the event processor and the profile pages need so that their cost does not grow with the
 * history: a visitor's first and latest visit (sessions, new vs returning), the profiles merged into
 * one (erasure, merge chains), the profile list in "recently seen" order (keyset pagination) and a
 * profile's mailing recipients (moved on every merge, exported and erased with the person).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index web_sessions_visitor on web_sessions (workspace_id, visitor_id, started_at);
    create index profiles_merged_into on profiles (workspace_id, merged_into) where merged_into is not null;
    create index profiles_recent on profiles (workspace_id, last_seen_at desc nulls last, id desc)
      where merged_into is null;
    create index mailing_recipients_profile on mailing_recipients (workspace_id, profile_id)
      where profile_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index web_sessions_visitor, profiles_merged_into, profiles_recent, mailing_recipients_profile;`.execute(
    db,
  );
}
