import { sql, type Kysely } from 'kysely';

/**
 * Mailings sent with another newsletter tool and imported from its export: the mailing names the tool
 * and the tool's campaign (so a second file of the same campaign adds to it), and an import job names
 * the mailing it writes to (so a resumed job goes on with the same one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mailings
      add column source_tool text check (source_tool in ('mailchimp', 'brevo', 'cleverreach', 'plain')),
      add column source_campaign text check (length(source_campaign) between 1 and 500);
    create unique index mailings_source_campaign on mailings (workspace_id, source_tool, source_campaign)
      where source_campaign is not null;

    alter table import_jobs
      drop constraint import_jobs_kind_check,
      add constraint import_jobs_kind_check check (kind in ('contacts', 'companies', 'events', 'newsletter')),
      add column mailing_id uuid,
      add foreign key (workspace_id, mailing_id) references mailings (workspace_id, id)
        on delete set null (mailing_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from import_jobs where kind = 'newsletter';
    alter table import_jobs
      drop column mailing_id,
      drop constraint import_jobs_kind_check,
      add constraint import_jobs_kind_check check (kind in ('contacts', 'companies', 'events'));
    drop index mailings_source_campaign;
    alter table mailings drop column source_tool, drop column source_campaign;
  `.execute(db);
}
