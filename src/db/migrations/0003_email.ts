import { sql, type Kysely } from 'kysely';

/**
 * The e-mail touchpoint (issue 5): per-recipient tracking counters (unique opens and clicks are the
 * recipients whose counter left zero), the frozen link list of a mailing (click redirects only go to
 * URLs that appear in its body), a VERP bounce address per workspace, the webhook secret of the
 * e-mail providers, and the recipient states 'sending' (claimed, so a resumed mailing never sends
 * twice) and 'suppressed' (unsubscribed or bounced after the recipient list was made).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mailings add column links jsonb not null default '[]';

    alter table mailing_recipients
      add column opens integer not null default 0,
      add column clicks integer not null default 0,
      add column first_opened_at timestamptz,
      add column first_clicked_at timestamptz,
      add column unsubscribed_at timestamptz,
      add column bounced_at timestamptz,
      add column bounce_status text,
      drop constraint mailing_recipients_status_check,
      add constraint mailing_recipients_status_check check (status in
        ('queued', 'sending', 'sent', 'failed', 'suppressed', 'bounced_hard', 'bounced_soft'));
    create index mailing_recipients_status on mailing_recipients (workspace_id, mailing_id, status);
    create index mailing_recipients_email on mailing_recipients (workspace_id, email);

    alter table smtp_settings add column bounce_address text not null default '';

    create table email_webhook_secrets (
      workspace_id uuid primary key references workspaces (workspace_id) on delete cascade,
      secret_hash text not null unique,
      created_at timestamptz not null default now()
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table email_webhook_secrets;
    alter table smtp_settings drop column bounce_address;
    drop index mailing_recipients_status, mailing_recipients_email;
    update mailing_recipients set status = 'failed' where status in ('sending', 'suppressed');
    alter table mailing_recipients
      drop constraint mailing_recipients_status_check,
      add constraint mailing_recipients_status_check check (status in
        ('queued', 'sent', 'failed', 'bounced_hard', 'bounced_soft')),
      drop column opens, drop column clicks, drop column first_opened_at, drop column first_clicked_at,
      drop column unsubscribed_at, drop column bounced_at, drop column bounce_status;
    alter table mailings drop column links;
  `.execute(db);
}
