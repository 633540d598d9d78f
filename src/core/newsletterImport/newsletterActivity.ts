/** The newsletter tools whose exports we read; `plain` is our own documented format (docs/email.md). */
export const newsletterTools = ['mailchimp', 'brevo', 'cleverreach', 'plain'] as const;
export type NewsletterTool = (typeof newsletterTools)[number];

/** What a recipient did with a mailing, in the words of our own e-mail events (`email_<action>`). */
export const newsletterActions = ['sent', 'open', 'click', 'bounce', 'unsubscribe'] as const;
export type NewsletterAction = (typeof newsletterActions)[number];

export type BounceType = 'hard' | 'soft';

/** One row of an export: one thing one recipient did, at one time. */
export interface NewsletterActivity {
  /** Lower-case, trimmed. */
  email: string;
  action: NewsletterAction;
  /** Null when the export gives none (e.g. a "sent" row); the mailing's send time stands in. */
  at: Date | null;
  /** The clicked link (clicks only). */
  url: string | null;
  /** Bounces only. */
  bounce: BounceType | null;
  /** The tool's campaign id or name, when the file names it. */
  campaign: string | null;
}
