import type { NewsletterFormat } from './detectNewsletterFormat';
import type { BounceType, NewsletterAction, NewsletterActivity } from './newsletterActivity';
import { parseActivityTime } from './parseActivityTime';

/** The longest link we keep; a longer one is a bad row rather than a cut URL. */
const MAX_URL = 2000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * What each tool calls an action, folded to lower-case letters only (`hard_bounce` → `hardbounce`,
 * `Geöffnet` → `geöffnet`): Mailchimp's API actions, Brevo's event names, CleverReach's German and
 * English activity names and our own. A bounce word may carry its type.
 */
const ACTIONS: Record<string, { action: NewsletterAction; bounce?: BounceType }> = {
  sent: { action: 'sent' },
  send: { action: 'sent' },
  delivered: { action: 'sent' },
  request: { action: 'sent' },
  versendet: { action: 'sent' },
  gesendet: { action: 'sent' },
  versand: { action: 'sent' },
  zugestellt: { action: 'sent' },
  open: { action: 'open' },
  opened: { action: 'open' },
  uniqueopened: { action: 'open' },
  firstopening: { action: 'open' },
  geöffnet: { action: 'open' },
  öffnung: { action: 'open' },
  click: { action: 'click' },
  clicked: { action: 'click' },
  klick: { action: 'click' },
  geklickt: { action: 'click' },
  bounce: { action: 'bounce' },
  bounced: { action: 'bounce' },
  hardbounce: { action: 'bounce', bounce: 'hard' },
  hardbounced: { action: 'bounce', bounce: 'hard' },
  softbounce: { action: 'bounce', bounce: 'soft' },
  softbounced: { action: 'bounce', bounce: 'soft' },
  bouncehard: { action: 'bounce', bounce: 'hard' },
  bouncesoft: { action: 'bounce', bounce: 'soft' },
  unsubscribe: { action: 'unsubscribe' },
  unsubscribed: { action: 'unsubscribe' },
  abgemeldet: { action: 'unsubscribe' },
  abmeldung: { action: 'unsubscribe' },
};

const BOUNCE_TYPES: Record<string, BounceType> = {
  hard: 'hard',
  hart: 'hard',
  permanent: 'hard',
  soft: 'soft',
  weich: 'soft',
  temporary: 'soft',
  temporär: 'soft',
};

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');

/**
 * One record of a recognised export as an activity, or the reason it cannot be one (naming the
 * column, so the report tells the user what to fix). Zone-less times are read in `timeZone`.
 *
 * @example activityOfRow(format, ['anna@example.com', 'open', '2026-03-02 09:15'], 'UTC')
 * // { ok: true, activity: { email: 'anna@example.com', action: 'open', at: 2026-03-02T09:15:00Z, … } }
 */
export function activityOfRow(
  format: NewsletterFormat,
  record: readonly string[],
  timeZone: string,
): { ok: true; activity: NewsletterActivity } | { ok: false; reason: string } {
  const cell = (i: number | undefined) => (i === undefined ? '' : (record[i] ?? '').trim());
  const email = cell(format.columns.email).toLowerCase();
  if (email === '') return { ok: false, reason: 'email: the address is missing' };
  if (!EMAIL.test(email) || email.length > 320)
    return { ok: false, reason: `email: "${email.slice(0, 80)}" is not an e-mail address` };
  const actionText = cell(format.columns.action);
  const known = ACTIONS[fold(actionText)];
  if (!known)
    return {
      ok: false,
      reason:
        actionText === ''
          ? 'action: missing'
          : `action: "${actionText.slice(0, 40)}" is not imported (sent, open, click, bounce, unsubscribe)`,
    };
  const timeText = cell(format.columns.time);
  let at: Date | null = null;
  if (timeText !== '') {
    at = parseActivityTime(timeText, timeZone);
    if (!at) return { ok: false, reason: `time: "${timeText.slice(0, 40)}" is not a time we can read` };
  } else if (known.action !== 'sent') return { ok: false, reason: 'time: missing' };
  let bounce: BounceType | null = null;
  if (known.action === 'bounce') {
    const typeText = cell(format.columns.bounce);
    bounce = known.bounce ?? BOUNCE_TYPES[fold(typeText)] ?? null;
    if (!bounce)
      return {
        ok: false,
        reason:
          typeText === ''
            ? 'bounce_type: say whether the bounce is hard or soft'
            : `bounce_type: "${typeText.slice(0, 40)}" is neither hard nor soft`,
      };
  }
  let url: string | null = null;
  if (known.action === 'click') {
    url = cell(format.columns.url) || null;
    if (url !== null && url.length > MAX_URL)
      return { ok: false, reason: `url: longer than ${MAX_URL} characters` };
  }
  const campaign = cell(format.columns.campaign).slice(0, 500) || null;
  return { ok: true, activity: { email, action: known.action, at, url, bounce, campaign } };
}
