import { describe, expect, it } from 'vitest';
import { eventInputSchema, eventTypes } from '../../src/contract/events';
import { fastValidEvent } from '../../src/services/events/fastEvent';

/**
 * The ingestion fast path may only ever accept what the zod schema accepts, and must return what zod
 * returns. Checked on a few thousand events built from good and bad values of every field, drawn with a
 * fixed seed so a failure repeats.
 */

let seed = 20261125;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const now = Date.now();

const candidates: Record<string, readonly unknown[]> = {
  eventId: ['e-1', 'x'.repeat(100), 'x'.repeat(101), '', 'tab\there', 'nul\u0000', 42, '\ud83d\ude00ok'],
  type: [...eventTypes, 'unknown', 'PAGE_VIEW', 7],
  name: ['Kontaktformular', '', 'n'.repeat(201), null, 'bad\ud800'],
  timestamp: [
    new Date(now - 3_600_000).toISOString(),
    '2026-05-04T10:15:00+02:00',
    '2026-05-04T10:15:00',
    '1999-12-31T23:59:59Z',
    new Date(now + 2 * 86_400_000).toISOString(),
    'yesterday',
    '2026-13-01T00:00:00Z',
  ],
  anonymousId: ['anon-1', '', 'a'.repeat(201), 5],
  userId: ['kunde@example.com', '', 'u'.repeat(200)],
  sessionId: ['s-1', ''],
  touchpointId: [
    '0d6f7d39-6f5a-4e0b-9a56-6a1b9e0f4c11',
    'not-a-uuid',
    '0D6F7D39-6F5A-4E0B-9A56-6A1B9E0F4C11',
  ],
  channel: ['email', 'Trade_Fair', 'with space', '', 'x'.repeat(101)],
  url: [
    'https://schmidt.example/produkte?utm_source=linkedin',
    'ftp://x.example/a',
    'javascript:alert(1)',
    'https://',
    'h'.repeat(2049),
  ],
  referrer: ['https://www.google.com/', 'android-app://com.linkedin.android', 'not a url', ''],
  utm: [
    { source: 'linkedin', medium: 'paid_social' },
    { source: '' },
    { other: 'x' },
    'utm',
    { source: 'a'.repeat(201) },
  ],
  properties: [
    { plan: 'pro', n: 1 },
    {},
    { deep: { a: [1, 2] } },
    'props',
    { bad: '\u0000' },
    { big: 'x'.repeat(20_000) },
    null,
  ],
  revenue: [
    { amount: 1200.5, currency: 'EUR' },
    { amount: 1, currency: 'eur' },
    { amount: Number.NaN, currency: 'EUR' },
    { amount: 1 },
    { amount: 1, currency: 'EUR', extra: 1 },
  ],
};
const fields = Object.keys(candidates);

function anEvent(): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  for (const field of fields) {
    // Required-ish fields are usually there; optional ones about half of the time.
    const chance = field === 'eventId' || field === 'type' ? 0.95 : 0.5;
    const values = candidates[field] as readonly unknown[];
    // The first value of each field is a good one; drawing it more often gives many valid events too.
    if (random() < chance) event[field] = random() < 0.6 ? values[0] : pick(values);
  }
  if (random() < 0.05) event.unexpected = 'field';
  return event;
}

describe('the ingestion fast path', () => {
  it('accepts only what zod accepts, and returns exactly what zod returns', () => {
    let fast = 0;
    for (let i = 0; i < 5_000; i++) {
      const event = anEvent();
      const viaFastPath = fastValidEvent(event);
      const viaZod = eventInputSchema.safeParse(event);
      if (viaFastPath === null) continue;
      fast++;
      expect(viaZod.success, JSON.stringify(event)).toBe(true);
      if (viaZod.success) expect(viaFastPath, JSON.stringify(event)).toEqual(viaZod.data);
    }
    // The fast path has to be taken for ordinary events, or it is pointless.
    expect(fast).toBeGreaterThan(200);
  });

  it('takes a typical tracker page view', () => {
    const pageView = {
      eventId: 'pv-1',
      type: 'page_view',
      timestamp: new Date(now - 1000).toISOString(),
      anonymousId: 'anon-1',
      sessionId: 's-1',
      url: 'https://schmidt.example/produkte',
      referrer: 'https://www.linkedin.com/',
      utm: { source: 'linkedin', medium: 'paid_social', campaign: 'amb-2026' },
      properties: { title: 'Produkte' },
    };
    expect(fastValidEvent(pageView)).toEqual(eventInputSchema.parse(pageView));
  });
});
