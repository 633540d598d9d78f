import type { ImportJob } from '../../contract/imports';
import type { NewsletterMailingInput } from '../../contract/newsletterImport';
import { activityOfRow } from '../../core/newsletterImport/activityOfRow';
import { mailchimpActivityCsv } from '../../core/newsletterImport/mailchimpActivityCsv';
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

  const peeked = await peekJson(source, options.maxBytes);
  if ('reason' in peeked)
    return err('validation_failed', `The file cannot be imported: ${peeked.reason}`, { line: 1 });
  const json = peeked.json;
  if (json && tool !== 'auto' && tool !== 'mailchimp')
    return err(
      'validation_failed',
      `tool: a JSON file is read as Mailchimp's email-activity report, not as ${tool}`,
      {
        field: 'tool',
      },
    );
  const csvSource = peeked.source;

  let format: NewsletterFormat | null = null;
  let mailing: NewsletterMailing | null = null;
  return runCsvImport<NewsletterActivity>(
    ctx,
    {
      kind: 'newsletter',
      checkHeader(header) {
        const detected = detectNewsletterFormat(header, json ? 'plain' : tool);
        if (!detected.ok) return detected.reason;
        format = json
          ? { ...detected.format, tool: 'mailchimp', variant: 'Mailchimp email activity (API JSON)' }
          : detected.format;
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
    csvSource,
    options,
  );
}

/**
 * A JSON upload (its first character `{` or `[`) is Mailchimp's email-activity report: read whole
 * (the API's pages of one campaign) and handed on as plain-format CSV. Any other file streams on
 * as it is (its first chunk, read to look, put back in front).
 */
async function peekJson(
  source: ImportSource,
  maxBytes = Number.POSITIVE_INFINITY,
): Promise<{ json: boolean; source: ImportSource } | { reason: string }> {
  const iterator = source.input[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const rest = (async function* () {
    if (head.length > 0) yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield Buffer.from(next.value);
    }
  })();
  if (!/^\uFEFF?\s*[[{]/.test(head.subarray(0, 64).toString('utf8')))
    return { json: false, source: { ...source, input: rest } };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of rest) {
    size += chunk.length;
    if (size > maxBytes) return { reason: `the file is larger than ${maxBytes} bytes` };
    chunks.push(chunk);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
  } catch (error) {
    return { reason: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const csv = mailchimpActivityCsv(parsed);
  if (!csv.ok) return { reason: csv.reason };
  const bytes = Buffer.from(csv.csv);
  return {
    json: true,
    source: {
      ...source,
      input: (async function* () {
        yield bytes;
      })(),
      totalBytes: bytes.length,
    },
  };
}
