import { sql, type Kysely } from 'kysely';

/**
 * E-mail delivery as a durable background job: `claimed_at` is the lease of a recipient in `sending`
 * (a claim older than the timeout belongs to a process that died between claim and SMTP answer, so
 * the outcome is unknown and the recipient is marked failed instead of mailed again), the public
 * address a resumed mailing puts into its tracking links, and the providers' webhook signing keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mailing_recipients add column claimed_at timestamptz;
    alter table mailings add column tracking_base_url text;
    create table email_webhook_signing_keys (
      workspace_id uuid not null references workspaces (workspace_id) on delete cascade,
      provider text not null,
      signing_key text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, provider)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table email_webhook_signing_keys;
    alter table mailings drop column tracking_base_url;
    alter table mailing_recipients drop column claimed_at;
  `.execute(db);
}
