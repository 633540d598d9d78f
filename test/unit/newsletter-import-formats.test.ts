import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/core/csv/csvRecords';
import { sniffDelimiter } from '../../src/core/csv/sniffDelimiter';
import { activityOfRow } from '../../src/core/newsletterImport/activityOfRow';
import { detectNewsletterFormat } from '../../src/core/newsletterImport/detectNewsletterFormat';
import { mailchimpActivityCsv } from '../../src/core/newsletterImport/mailchimpActivityCsv';
import type { NewsletterActivity } from '../../src/core/newsletterImport/newsletterActivity';
import { newsletterEventId } from '../../src/core/newsletterImport/newsletterEventId';
import { parseActivityTime } from '../../src/core/newsletterImport/parseActivityTime';

const fixture = (name: string) => {
  const text = readFileSync(path.join(__dirname, '../fixtures/newsletter', name), 'utf8');
  const r = csvRecords(text, sniffDelimiter(text));
  if (!r.ok) throw new Error(r.error.message);
  const [header, ...rows] = r.value.map((x) => x.fields);
  return { header: header ?? [], rows };
};

/** Every row of a fixture as activities, with the format it was detected as. */
function read(name: string, timeZone: string) {
  const { header, rows } = fixture(name);
  const detected = detectNewsletterFormat(header, 'auto');
  if (!detected.ok) throw new Error(detected.reason);
  const activities = rows.map((r) => {
    const a = activityOfRow(detected.format, r, timeZone);
    if (!a.ok) throw new Error(a.reason);
    return a.activity;
  });
  return { tool: detected.format.tool, activities };
}

const summary = (as: NewsletterActivity[]) =>
  as
    .map((a) =>
      `${a.email} ${a.action}${a.bounce ? `:${a.bounce}` : ''} ${a.at?.toISOString() ?? '-'} ${a.url ?? ''}`.trim(),
    )
    .sort();

describe('newsletter exports: detection and mapping', () => {
  // The same campaign as each tool writes it: the same activities at the same instants.
  const expected = [
    'anna@example.com click 2026-03-03T09:16:00.000Z https://example.com/a',
    'anna@example.com open 2026-03-03T09:15:00.000Z',
    'anna@example.com open 2026-03-03T11:00:00.000Z',
    'clara@example.com bounce:hard 2026-03-03T09:01:00.000Z',
    'dora@example.com bounce:soft 2026-03-03T09:01:00.000Z',
    'emil@example.com click 2026-03-03T10:01:00.000Z https://example.com/a',
    'emil@example.com click 2026-03-03T10:02:00.000Z https://example.com/b',
    'emil@example.com open 2026-03-03T10:00:00.000Z',
  ];
  const sent = [
    'anna@example.com sent 2026-03-03T09:00:00.000Z',
    'ben@example.com sent 2026-03-03T09:00:00.000Z',
  ];
  const unsubscribed = ['emil@example.com unsubscribe 2026-03-03T10:05:00.000Z'];

  it('reads the plain format', () => {
    const r = read('plain.csv', 'UTC');
    expect(r.tool).toBe('plain');
    expect(summary(r.activities)).toEqual([...expected, ...sent, ...unsubscribed].sort());
  });

  it("reads Mailchimp's email activity, flattened to one row per activity", () => {
    const r = read('mailchimp-email-activity.csv', 'UTC');
    expect(r.tool).toBe('mailchimp');
    expect(summary(r.activities)).toEqual(expected);
    expect(r.activities[0]?.campaign).toBe('42694e9e57');
  });

  it("reads Brevo's marketing events export (semicolons, zone-less times in the zone given)", () => {
    const r = read('brevo-events.csv', 'UTC');
    expect(r.tool).toBe('brevo');
    expect(summary(r.activities)).toEqual([...expected, ...sent, ...unsubscribed].sort());
    expect(r.activities[0]?.campaign).toBe('17');
  });

  it("reads CleverReach's German activity export, German dates in Berlin time", () => {
    const r = read('cleverreach-de.csv', 'Europe/Berlin');
    expect(r.tool).toBe('cleverreach');
    expect(summary(r.activities)).toEqual([...expected, ...sent, ...unsubscribed].sort());
  });

  it('holds a header to the tool the user named, and names what is missing', () => {
    const { header } = fixture('plain.csv');
    expect(detectNewsletterFormat(header, 'plain')).toMatchObject({ ok: true });
    expect(detectNewsletterFormat(header, 'mailchimp')).toEqual({
      ok: false,
      reason: 'the header is not a mailchimp export: no column "email address", "timestamp"',
    });
    expect(detectNewsletterFormat(['name', 'street'], 'auto')).toMatchObject({ ok: false });
    expect(detectNewsletterFormat(['', ''], 'auto')).toEqual({
      ok: false,
      reason: 'the header line is empty',
    });
  });

  it('gives each bad row its reason, naming the column', () => {
    const { header, rows } = fixture('bad-rows.csv');
    const detected = detectNewsletterFormat(header, 'auto');
    if (!detected.ok) throw new Error(detected.reason);
    const reasons = rows.map((r) => {
      const a = activityOfRow(detected.format, r, 'UTC');
      return a.ok ? 'ok' : a.reason;
    });
    expect(reasons).toEqual([
      'ok',
      'email: "not-an-address" is not an e-mail address',
      'action: "forwarded" is not imported (sent, open, click, bounce, unsubscribe)',
      'time: "31.02.2026 10:00" is not a time we can read',
      'bounce_type: say whether the bounce is hard or soft',
      'ok',
    ]);
  });
});

describe("Mailchimp's email-activity JSON", () => {
  it('becomes plain rows: a send per address, then its activities, with the campaign', () => {
    const json: unknown = JSON.parse(
      readFileSync(path.join(__dirname, '../fixtures/newsletter/mailchimp-email-activity.json'), 'utf8'),
    );
    const r = mailchimpActivityCsv(json);
    if (!r.ok) throw new Error(r.reason);
    const lines = r.csv.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'email,action,time,url,bounce_type,campaign',
      'anna@example.com,sent,,,,42694e9e57',
      'anna@example.com,open,2026-03-03T09:15:00+00:00,,,42694e9e57',
    ]);
    expect(lines).toHaveLength(1 + 5 + 8);
    expect(mailchimpActivityCsv({ emails: [{ activity: [] }] })).toMatchObject({ ok: false });
  });
});

describe('parseActivityTime', () => {
  it.each([
    ['2026-03-03T09:15:00Z', 'UTC', '2026-03-03T09:15:00.000Z'],
    ['2026-03-03T10:15:00+01:00', 'UTC', '2026-03-03T09:15:00.000Z'],
    ['2026-03-03 10:15:00', 'Europe/Berlin', '2026-03-03T09:15:00.000Z'],
    ['2026-07-03 10:15', 'Europe/Berlin', '2026-07-03T08:15:00.000Z'],
    ['03.03.2026 10:15', 'Europe/Berlin', '2026-03-03T09:15:00.000Z'],
    ['3.3.2026', 'UTC', '2026-03-03T00:00:00.000Z'],
    ['03/03/2026 9:15 PM', 'America/New_York', '2026-03-04T02:15:00.000Z'],
    ['1772529300', 'UTC', '2026-03-03T09:15:00.000Z'],
    ['1772529300000', 'UTC', '2026-03-03T09:15:00.000Z'],
    // The hour the clocks skip in Berlin (29 March 2026, 02:00 → 03:00) is taken as the hour after.
    ['2026-03-29 02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
  ])('%s in %s', (text, zone, iso) => {
    expect(parseActivityTime(text, zone)?.toISOString()).toBe(iso);
  });

  it.each(['31.02.2026 10:00', '2026-13-01', 'yesterday', '13/13/2026', '2026-03-03 25:00'])(
    'refuses %s',
    (text) => expect(parseActivityTime(text, 'UTC')).toBeNull(),
  );
});

describe('newsletterEventId', () => {
  const open: NewsletterActivity = {
    email: 'anna@example.com',
    action: 'open',
    at: new Date('2026-03-03T09:15:00Z'),
    url: null,
    bounce: null,
    campaign: 'x',
  };
  it('is the same for the same activity, whichever file or campaign column it came from', () => {
    expect(newsletterEventId('m1', open)).toBe(newsletterEventId('m1', { ...open, campaign: null }));
    expect(newsletterEventId('m1', open)).toMatch(/^newsletter:m1:open:[\w-]{22}$/);
  });
  it('differs by mailing, time and link', () => {
    const ids = new Set([
      newsletterEventId('m1', open),
      newsletterEventId('m2', open),
      newsletterEventId('m1', { ...open, at: new Date('2026-03-03T09:16:00Z') }),
      newsletterEventId('m1', { ...open, action: 'click', url: 'https://example.com/a' }),
      newsletterEventId('m1', { ...open, action: 'click', url: 'https://example.com/b' }),
    ]);
    expect(ids.size).toBe(5);
  });
  it('is one send per recipient, whatever time a row gives it', () => {
    const sent = { ...open, action: 'sent' as const };
    expect(newsletterEventId('m1', sent)).toBe(newsletterEventId('m1', { ...sent, at: null }));
  });
});
