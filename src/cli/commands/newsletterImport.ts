import { newsletterMailingSchema } from '../../contract/newsletterImport';
import { importNewsletter } from '../../services/imports/newsletterImport';
import { CliError, type CliIo } from '../io';
import { runStreamingImport, type StreamingImportOptions } from './streamingImport';

export interface NewsletterImportCliOptions extends StreamingImportOptions {
  tool?: string;
  subject?: string;
  name?: string;
  sentAt?: string;
  campaign?: string;
  timeZone?: string;
}

/** The command-line option behind each field of the mailing, so an error names what to fix. */
const OPTION_OF: Record<string, string> = {
  tool: '--tool',
  subject: '--subject',
  name: '--name',
  sentAt: '--sent-at',
  campaign: '--campaign',
  timeZone: '--time-zone',
};

/**
 * `touchpoint import newsletter <file.csv> --subject … [--tool auto|mailchimp|brevo|cleverreach|plain]`:
 * a newsletter tool's export as a mailing of the e-mail touchpoint (docs/email.md), streamed with the
 * history import's progress, bad-row file and `--resume`.
 *
 * @example await importNewsletterFile(io, 'maerz.csv', { subject: 'März-News', batchSize: '1000' });
 */
export async function importNewsletterFile(
  io: CliIo,
  file: string,
  opts: NewsletterImportCliOptions,
): Promise<void> {
  const parsed = newsletterMailingSchema.safeParse({
    ...(opts.tool !== undefined && { tool: opts.tool }),
    ...(opts.subject !== undefined && { subject: opts.subject }),
    ...(opts.name !== undefined && { name: opts.name }),
    ...(opts.sentAt !== undefined && { sentAt: opts.sentAt }),
    ...(opts.campaign !== undefined && { campaign: opts.campaign }),
    ...(opts.timeZone !== undefined && { timeZone: opts.timeZone }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    throw new CliError(`${OPTION_OF[field] ?? field}: ${issue?.message ?? 'invalid'}`);
  }
  await runStreamingImport(io, file, opts, 'newsletter activities', (ctx, source, options) =>
    importNewsletter(ctx, parsed.data, source, options),
  );
}
