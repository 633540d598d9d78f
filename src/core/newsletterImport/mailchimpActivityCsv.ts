import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';

const activitySchema = z.object({
  action: z.string(),
  type: z.string().optional(),
  timestamp: z.string().optional(),
  url: z.string().optional(),
});
const emailSchema = z.object({
  email_address: z.string(),
  campaign_id: z.string().optional(),
  activity: z.array(activitySchema).default([]),
});
/** One page of `GET /reports/{campaign_id}/email-activity`, as Mailchimp's API answers it. */
const pageSchema = z.object({ emails: z.array(emailSchema), campaign_id: z.string().optional() });
/** A page, or the pages of one campaign saved as a JSON array. */
const documentSchema = z.union([pageSchema, z.array(pageSchema)]);

/** The plain format's header, with the campaign column the plain format also reads. */
export const PLAIN_WITH_CAMPAIGN = ['email', 'action', 'time', 'url', 'bounce_type', 'campaign'] as const;

/**
 * Mailchimp's email-activity report (JSON from its Marketing API) as a plain-format CSV, so it is
 * imported by the same streaming import as every other format: one `sent` row per address (every
 * address listed was sent the campaign, with or without activity), then one row per activity.
 * Answers the reason when the JSON is not such a report.
 *
 * @example mailchimpActivityCsv({ emails: [{ email_address: 'a@b.de', activity: [{ action: 'open', timestamp: '…' }] }] })
 * // { ok: true, csv: 'email,action,time,url,bounce_type,campaign\na@b.de,sent,,,,\na@b.de,open,…' }
 */
export function mailchimpActivityCsv(
  json: unknown,
): { ok: true; csv: string } | { ok: false; reason: string } {
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `not a Mailchimp email-activity report (${issue?.path.join('.') || 'the document'}: ${issue?.message ?? 'invalid'})`,
    };
  }
  const pages = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const rows: string[][] = [];
  for (const page of pages)
    for (const e of page.emails) {
      const campaign = e.campaign_id ?? page.campaign_id ?? '';
      rows.push([e.email_address, 'sent', '', '', '', campaign]);
      for (const a of e.activity)
        rows.push([e.email_address, a.action, a.timestamp ?? '', a.url ?? '', a.type ?? '', campaign]);
    }
  return { ok: true, csv: stringify([[...PLAIN_WITH_CAMPAIGN], ...rows]) };
}
