import { z } from 'zod';
import { newsletterTools } from '../core/newsletterImport/newsletterActivity';
import { idSchema } from './common';

/** Which export a file is; `auto` tells it from the header row. */
export const newsletterToolChoiceSchema = z.enum(['auto', ...newsletterTools]);
export type NewsletterToolChoice = z.infer<typeof newsletterToolChoiceSchema>;

/**
 * The mailing an export belongs to. A file of a campaign imported before adds to that mailing (found
 * by the tool and `campaign`, else the file's campaign column, else `name`, else `subject`); a new
 * mailing needs its subject line.
 */
export const newsletterMailingFields = {
  tool: newsletterToolChoiceSchema.default('auto'),
  subject: z.string().trim().min(1).max(500).optional(),
  /** The mailing's name in Touchpoint; the subject when left out. */
  name: z.string().trim().min(1).max(200).optional(),
  /** When the tool sent it; the earliest time in the file when left out. */
  sentAt: z.iso.datetime({ offset: true }).optional(),
  /** The tool's campaign id or name, which finds the mailing again on a second import. */
  campaign: z.string().trim().min(1).max(500).optional(),
  /** The IANA time zone of times the file writes without one (docs/email.md); UTC by default. */
  timeZone: z.string().trim().min(1).max(100).optional(),
};
export const newsletterMailingSchema = z.strictObject(newsletterMailingFields);
export type NewsletterMailingInput = z.input<typeof newsletterMailingSchema>;

export const newsletterImportQuery = z.object({
  ...newsletterMailingFields,
  /** Continue this job with the same file: lines it has read already are skipped. */
  resume: idSchema.optional(),
  fileName: z.string().trim().min(1).max(200).optional(),
});
