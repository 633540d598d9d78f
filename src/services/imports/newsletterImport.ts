import type { ImportJob } from '../../contract/imports';
import type { NewsletterMailingInput } from '../../contract/newsletterImport';
import { activityOfRow } from '../../core/newsletterImport/activityOfRow';
import {
  detectNewsletterFormat,
  type NewsletterFormat,
} from '../../core/newsletterImport/detectNewsletterFormat';
import type { NewsletterActivity, NewsletterTool } from '../../core/newsletterImport/newsletterActivity';
import { isTimeZone } from '../../core/newsletterImport/parseActivityTime';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { notify } from '../events/notify';
import { loadImportJob } from './importJobs';
import { writeNewsletterBatch } from './newsletterBatch';
import { findImportedMailing, newsletterTouchpoint, type NewsletterMailing } from './newsletterMailing';
import { runCsvImport, type ImportOptions, type ImportSource } from './runCsvImport';

/** Zone-less times are read here unless the user names a zone: CleverReach writes German local time. */
const defaultTimeZone = (tool: NewsletterTool) => (tool === 'cleverreach' ? 'Europe/Berlin' : 'UTC');

/**
 * Imports a newsletter tool's export (Mailchimp, Brevo, CleverReach or our plain format, told from the
 * header unless `input.tool` names it) as a mailing of the workspace's e-mail touchpoint that was sent
 * with that tool: the mailing (created, or found again by the tool's campaign), its recipients, its
 * counters and the `email_*` events, so the e-mail KPIs, the send-time and subject analyses and the
 * profiles' journeys count it like one of our own. Streams, batches, reports bad rows and resumes as
 * the history import does ({@link runCsvImport}); every activity has a deterministic event id, so
 * importing a file again stores nothing twice. Hard bounces and unsubscriptions suppress the address.
 *
 * @example
 * const r = await importNewsletter(ctx, { tool: 'auto', subject: 'März-News' }, { input, fileName, totalBytes });
 */
export async function importNewsletter(
  ctx: WorkspaceContext,
  input: NewsletterMailingInput,
  source: ImportSource,
  options: ImportOptions = {},
): Promise<Result<ImportJob>> {
  const tool = input.tool ?? 'auto';
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone))
    return err('validation_failed', `timeZone: unknown time zone ${input.timeZone}`, { field: 'timeZone' });
  const resumed = options.resumeJobId
    ? await loadImportJob(ctx.db, ctx.workspaceId, options.resumeJobId)
    : undefined;
  // Without a subject only a mailing imported before can take the rows: the subject-line analysis
  // needs every mailing's subject. Which one is known once the campaign is: given, or in the file.
  const needsKnownMailing = !resumed?.mailing_id && input.subject === undefined;
  const key = input.campaign ?? input.name;
  if (
    needsKnownMailing &&
    key !== undefined &&
    !(await findImportedMailing(ctx.db, ctx.workspaceId, null, key))
  )
    return err(
      'validation_failed',
      `subject: no mailing was imported for "${key}" before; give its subject line`,
      {
        field: 'subject',
      },
    );

  let format: NewsletterFormat | null = null;
  let mailing: NewsletterMailing | null = null;
  return runCsvImport<NewsletterActivity>(
    ctx,
    {
      kind: 'newsletter',
      checkHeader(header) {
        const detected = detectNewsletterFormat(header, tool);
        if (!detected.ok) return detected.reason;
        format = detected.format;
        if (needsKnownMailing && key === undefined && detected.format.columns.campaign === undefined)
          return {
            code: 'validation_failed',
            message: "subject: give the mailing's subject line (the file names no campaign imported before)",
            details: { field: 'subject' },
          };
        return null;
      },
      async open(jobId) {
        const f = format;
        if (!f) return err('validation_failed', 'The file has no header', { line: 1 });
        const timeZone = input.timeZone ?? defaultTimeZone(f.tool);
        const job = await loadImportJob(ctx.db, ctx.workspaceId, jobId);
        if (job?.mailing_id) {
          const row = await ctx.db
            .selectFrom('mailings')
            .select(['id', 'touchpoint_id', 'sent_at', 'source_campaign'])
            .where('workspace_id', '=', ctx.workspaceId)
            .where('id', '=', job.mailing_id)
            .executeTakeFirst();
          if (row)
            mailing = {
              id: row.id,
              touchpointId: row.touchpoint_id,
              sentAt: row.sent_at ?? new Date(),
              campaign: row.source_campaign,
            };
        }
        const touchpointId = await newsletterTouchpoint(ctx.db, ctx.workspaceId);
        return ok({
          row(_line, record) {
            const r = activityOfRow(f, record, timeZone);
            return r.ok ? { item: r.activity } : { reason: r.reason };
          },
          async write(trx, batch) {
            const result = await writeNewsletterBatch(trx, ctx, {
              jobId,
              tool: f.tool,
              input,
              touchpointId,
              mailing,
              batch,
            });
            mailing = result.mailing;
            return result.outcome;
          },
          committed(outcome) {
            if (outcome.written > 0) notify(ctx.workspaceId);
          },
        });
      },
    },
    source,
    options,
  );
}
