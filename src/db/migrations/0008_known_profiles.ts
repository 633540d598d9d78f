import { sql, type Kysely } from 'kysely';

/**
 * The profile list filtered to known people (an e-mail address or a user id), in "recently seen"
 * order: on a website most profiles are anonymous browsers, so without its own index the filter would
 * read past thousands of them for a page of 50.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index profiles_known_recent on profiles (workspace_id, last_seen_at desc nulls last, id desc)
      where merged_into is null and (email is not null or user_id is not null)
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index profiles_known_recent`.execute(db);
}
