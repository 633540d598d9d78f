import type { NewsletterTool } from './newsletterActivity';

/** What a column of an export holds. */
export type ActivityColumn = 'email' | 'action' | 'time' | 'url' | 'bounce' | 'campaign';

/** A recognised export: its tool, and the index of each column we read. */
export interface NewsletterFormat {
  tool: NewsletterTool;
  /** Which variant of the tool's exports, for the report (`Mailchimp email activity`). */
  variant: string;
  columns: Partial<Record<ActivityColumn, number>> & Record<'email' | 'action' | 'time', number>;
}

/**
 * A header cell as we compare it: no byte-order mark, lower case, runs of blanks, `_` and `-` as one
 * space (`Email_Address`, `E-Mail-Adresse` → `email address`, `e mail adresse`).
 */
export const normaliseActivityHeader = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

interface Variant {
  tool: NewsletterTool;
  variant: string;
  /** Names each column may carry, normalised; the first three are required. */
  names: Partial<Record<ActivityColumn, readonly string[]>> &
    Record<'email' | 'action' | 'time', readonly string[]>;
}

/**
 * The exports we recognise, tried in this order; docs/email.md ("Mailings sent with another tool")
 * says what each is based on. A header is taken for the first variant whose three required columns
 * (address, action, time) it has.
 */
const VARIANTS: readonly Variant[] = [
  {
    tool: 'plain',
    variant: 'Touchpoint plain activity file',
    names: {
      email: ['email'],
      action: ['action'],
      time: ['time'],
      url: ['url'],
      bounce: ['bounce type'],
      campaign: ['campaign'],
    },
  },
  {
    tool: 'mailchimp',
    variant: 'Mailchimp email activity (reports API, one row per activity)',
    names: {
      email: ['email address'],
      action: ['action'],
      time: ['timestamp'],
      url: ['url'],
      bounce: ['type'],
      campaign: ['campaign id'],
    },
  },
  {
    tool: 'brevo',
    variant: 'Brevo marketing events export',
    names: {
      email: ['email', 'e mail'],
      action: ['event', 'ereignis'],
      time: ['date event', 'ts event', 'date', 'datum'],
      url: ['url', 'link'],
      campaign: ['camp id', 'campaign id', 'campaign name', 'kampagne'],
    },
  },
  {
    tool: 'cleverreach',
    variant: 'CleverReach report activity export',
    names: {
      email: ['e mail', 'email', 'e mail adresse', 'email address', 'empfänger'],
      action: ['aktion', 'aktivität', 'ereignis', 'typ', 'activity', 'type'],
      time: ['datum', 'zeitpunkt', 'zeit', 'date', 'time', 'stamp'],
      url: ['link', 'url'],
      bounce: ['bounce typ', 'bounce art', 'bounce type'],
      campaign: ['mailing', 'mailing id', 'newsletter'],
    },
  },
];

/**
 * Tells which tool's export a header row is, or checks it against the tool the user named. Answers
 * the columns to read, or why the header is not one we know (naming the columns that are missing).
 *
 * @example detectNewsletterFormat(['Email Address', 'Action', 'Timestamp', 'URL', 'Type'], 'auto')
 * // { ok: true, format: { tool: 'mailchimp', columns: { email: 0, action: 1, time: 2, url: 3, bounce: 4 }, … } }
 */
export function detectNewsletterFormat(
  header: readonly string[],
  tool: NewsletterTool | 'auto',
): { ok: true; format: NewsletterFormat } | { ok: false; reason: string } {
  const names = header.map(normaliseActivityHeader);
  if (names.every((n) => n === '')) return { ok: false, reason: 'the header line is empty' };
  const candidates = VARIANTS.filter((v) => tool === 'auto' || v.tool === tool);
  for (const v of candidates) {
    const columns: Partial<Record<ActivityColumn, number>> = {};
    for (const [column, accepted] of Object.entries(v.names) as [ActivityColumn, readonly string[]][]) {
      // The first accepted name the header has wins, so `date_event` beats a plain `date` beside it.
      const found = accepted.map((a) => names.indexOf(a)).find((i) => i >= 0);
      if (found !== undefined) columns[column] = found;
    }
    const { email, action, time } = columns;
    if (email !== undefined && action !== undefined && time !== undefined)
      return {
        ok: true,
        format: { tool: v.tool, variant: v.variant, columns: { ...columns, email, action, time } },
      };
  }
  if (tool === 'auto')
    return {
      ok: false,
      reason:
        'the header is not one of the newsletter exports we know (plain: email,action,time,url,bounce_type; ' +
        'Mailchimp, Brevo and CleverReach: see the documentation)',
    };
  const v = candidates[0];
  const missing = v
    ? (['email', 'action', 'time'] as const).filter((c) => !v.names[c].some((n) => names.includes(n)))
    : [];
  return {
    ok: false,
    reason: `the header is not a ${tool} export: no column ${missing.map((c) => `"${v?.names[c][0] ?? c}"`).join(', ')}`,
  };
}
