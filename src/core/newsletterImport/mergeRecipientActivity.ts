import { addCounts, zeroCounts, type MailingCounts } from '../email/kpis';
import type { NewsletterActivity } from './newsletterActivity';

/** What we keep per recipient of an imported mailing (the columns of `mailing_recipients`). */
export interface RecipientState {
  status: 'sent' | 'bounced_soft' | 'bounced_hard';
  sentAt: Date;
  opens: number;
  clicks: number;
  firstOpenedAt: Date | null;
  firstClickedAt: Date | null;
  unsubscribedAt: Date | null;
  bouncedAt: Date | null;
}

/**
 * How the mailing's counters (`mailing_stats`) move: the mailing's own counters, as differences; each
 * field is added to its column.
 */
export type StatsDelta = MailingCounts;
export const noStatsChange = zeroCounts;
/** Sums counter moves. */
export const addStatsDelta = addCounts;

const earlier = (a: Date | null, b: Date | null) => (a === null ? b : b === null ? a : a <= b ? a : b);

/**
 * A recipient's state after new activities (only ones not stored before: the caller passes those
 * whose event was new), and how the mailing's counters move, by the rules our own tracking keeps:
 * everyone who appears was sent the mailing (one `sent` each); opens and clicks count every time,
 * unique opens and clicks once per recipient; a recipient counts once in the bounce rates, a soft
 * bounce that turns hard moves from the soft to the hard counter and nothing downgrades a hard one;
 * an unsubscription counts once.
 *
 * @example
 * mergeRecipientActivity(null, [open], sentAt).delta // { sent: 1, opens: 1, uniqueOpens: 1, … }
 */
export function mergeRecipientActivity(
  before: RecipientState | null,
  activities: readonly NewsletterActivity[],
  mailingSentAt: Date,
): { after: RecipientState; delta: StatsDelta } {
  const delta = noStatsChange();
  const after: RecipientState = before
    ? { ...before }
    : {
        status: 'sent',
        sentAt: mailingSentAt,
        opens: 0,
        clicks: 0,
        firstOpenedAt: null,
        firstClickedAt: null,
        unsubscribedAt: null,
        bouncedAt: null,
      };
  if (!before) delta.sent = 1;
  for (const a of activities) {
    switch (a.action) {
      case 'sent':
        if (!before && a.at) after.sentAt = earlier(after.sentAt, a.at) ?? after.sentAt;
        break;
      case 'open':
        after.opens += 1;
        after.firstOpenedAt = earlier(after.firstOpenedAt, a.at);
        break;
      case 'click':
        after.clicks += 1;
        after.firstClickedAt = earlier(after.firstClickedAt, a.at);
        break;
      case 'unsubscribe':
        after.unsubscribedAt = earlier(after.unsubscribedAt, a.at);
        break;
      case 'bounce':
        if (a.bounce === 'hard' && after.status !== 'bounced_hard') after.status = 'bounced_hard';
        else if (a.bounce === 'soft' && after.status === 'sent') after.status = 'bounced_soft';
        after.bouncedAt = earlier(after.bouncedAt, a.at);
        break;
    }
  }
  const opensBefore = before?.opens ?? 0;
  const clicksBefore = before?.clicks ?? 0;
  delta.opens = after.opens - opensBefore;
  delta.clicks = after.clicks - clicksBefore;
  delta.uniqueOpens = opensBefore === 0 && after.opens > 0 ? 1 : 0;
  delta.uniqueClicks = clicksBefore === 0 && after.clicks > 0 ? 1 : 0;
  delta.unsubscribes = !before?.unsubscribedAt && after.unsubscribedAt ? 1 : 0;
  const statusBefore = before?.status ?? 'sent';
  if (statusBefore !== after.status) {
    if (after.status === 'bounced_hard') delta.hardBounces = 1;
    if (after.status === 'bounced_soft') delta.softBounces = 1;
    if (statusBefore === 'bounced_soft') delta.softBounces = -1;
  }
  return { after, delta };
}
