import { hash } from 'node:crypto';
import type { NewsletterActivity } from './newsletterActivity';

/**
 * The id of the event an imported activity becomes: the same mailing, recipient, action, time and
 * link always give the same id, so a file imported twice (or resumed, or re-exported) stores each
 * activity once. A recipient is sent a mailing once, so its `sent` id leaves out the time: a "sent"
 * row and the send we infer from an open are the same event.
 *
 * @example newsletterEventId(mailingId, { email: 'a@b.de', action: 'open', at, url: null, bounce: null, campaign: null })
 * // 'newsletter:<mailingId>:open:Xr0H1mJ2Y4p0b9sQk7cVtA'
 */
export function newsletterEventId(mailingId: string, a: NewsletterActivity): string {
  const key = a.action === 'sent' ? [a.email] : [a.email, a.at?.toISOString() ?? null, a.url, a.bounce];
  return `newsletter:${mailingId}:${a.action}:${hash('sha256', JSON.stringify(key), 'base64url').slice(0, 22)}`;
}
