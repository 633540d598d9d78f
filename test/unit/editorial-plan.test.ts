import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { checkFrequency, type PlannedPost } from '../../src/core/editorialPlan/checkFrequency';
import { editorialCsvRows } from '../../src/core/editorialPlan/editorialCsvRows';
import { findBestSlots, MIN_EVENTS_FOR_BEST_TIMES } from '../../src/core/editorialPlan/findBestSlots';
import type { PlanEntry } from '../../src/core/editorialPlan/planEntry';
import { renderEditorialCalendar } from '../../src/core/editorialPlan/renderEditorialCalendar';
import { seededRandom } from '../../src/demo/live/dice';

const now = new Date('2026-03-02T08:00:00Z'); // a Monday
const day = 86_400_000;
const post = (days: number, status: PlannedPost['status']): PlannedPost => ({
  plannedAt: new Date(now.getTime() + days * day),
  status,
});

describe('checkFrequency', () => {
  it('counts posts past the idea stage in the next two weeks against a weekly target', () => {
    // 2 per week → 4 expected in 14 days; the idea and the post on day 14 (outside) do not count.
    const posts = [post(1, 'planned'), post(3, 'in_progress'), post(5, 'idea'), post(14, 'planned')];
    const check = checkFrequency({ count: 2, period: 'week' }, posts, now);
    expect(check.status).toBe('behind');
    expect(check.windowDays).toBe(14);
    expect(check.coming).toMatchObject({ planned: 2, expected: 4, from: '2026-03-02T08:00:00.000Z' });
    expect(check.coming.to).toBe('2026-03-16T08:00:00.000Z');
  });

  it('counts only published posts in the past window', () => {
    const posts = [post(-1, 'published'), post(-2, 'planned'), post(-15, 'published')];
    const check = checkFrequency({ count: 1, period: 'week' }, posts, now);
    expect(check.past).toMatchObject({ published: 1, expected: 2 });
  });

  it('is on plan when the coming window holds the target, with a month target over 30 days', () => {
    const check = checkFrequency({ count: 1, period: 'month' }, [post(29, 'planned')], now);
    expect(check).toMatchObject({ status: 'on_plan', windowDays: 30, coming: { planned: 1, expected: 1 } });
  });

  it('says so when the channel has no target', () => {
    expect(checkFrequency(null, [post(1, 'planned')], now)).toMatchObject({
      status: 'no_target',
      coming: { planned: 1, expected: 0 },
    });
  });
});

describe('findBestSlots', () => {
  it('says "not enough data" below the minimum', () => {
    expect(findBestSlots([{ weekday: 2, hour: 9, count: MIN_EVENTS_FOR_BEST_TIMES - 1 }])).toEqual({
      status: 'not_enough_data',
      events: MIN_EVENTS_FOR_BEST_TIMES - 1,
      minEvents: MIN_EVENTS_FOR_BEST_TIMES,
    });
  });

  it('ranks slots, weekdays and hours by their counts (worked by hand)', () => {
    const best = findBestSlots([
      { weekday: 2, hour: 9, count: 20 }, // Tuesday 9:00
      { weekday: 4, hour: 9, count: 12 }, // Thursday 9:00
      { weekday: 4, hour: 17, count: 10 }, // Thursday 17:00
      { weekday: 7, hour: 20, count: 8 }, // Sunday 20:00
    ]);
    if (best.status !== 'enough_data') throw new Error('expected data');
    expect(best.events).toBe(50);
    expect(best.topSlots).toEqual([
      { weekday: 2, hour: 9, count: 20, share: 0.4 },
      { weekday: 4, hour: 9, count: 12, share: 0.24 },
      { weekday: 4, hour: 17, count: 10, share: 0.2 },
    ]);
    expect(best.bestWeekdays).toEqual([
      { weekday: 4, count: 22 },
      { weekday: 2, count: 20 },
      { weekday: 7, count: 8 },
    ]);
    expect(best.bestHours[0]).toEqual({ hour: 9, count: 32 });
    expect(best.matrix[3]?.[17]).toBe(10);
  });

  it('keeps every event in the matrix and ranks the fullest cell first (random input)', () => {
    const random = seededRandom(17);
    const int = (n: number) => Math.floor(random() * n);
    for (let run = 0; run < 200; run++) {
      const cells = Array.from({ length: int(60) }, () => ({
        weekday: 1 + int(7),
        hour: int(24),
        count: 1 + int(50),
      }));
      const total = cells.reduce((s, c) => s + c.count, 0);
      const best = findBestSlots(cells, 3, 1);
      if (total === 0) {
        expect(best.status).toBe('not_enough_data');
        continue;
      }
      if (best.status !== 'enough_data') throw new Error('expected data');
      const flat = best.matrix.flat();
      expect(flat.reduce((s, n) => s + n, 0)).toBe(total);
      expect(best.topSlots[0]?.count).toBe(Math.max(...flat));
    }
  });
});

const entry = (over: Partial<PlanEntry>): PlanEntry => ({
  id: '7d1f3a52-8c4e-4f3b-9a2b-0c1d2e3f4a5b',
  title: 'Fräsen im Detail',
  channel: 'LinkedIn',
  format: 'video',
  status: 'planned',
  plannedAt: new Date('2026-03-03T08:30:00Z'),
  persona: 'Einkäufer',
  phase: 'Interest',
  owner: 'Jörg',
  autoPublish: false,
  publishedUrl: '',
  notes: '',
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  ...over,
});

describe('editorialCsvRows', () => {
  it('writes date and time in the export zone, in date order', () => {
    const rows = editorialCsvRows(
      [entry({ title: 'B', plannedAt: new Date('2026-07-01T22:15:00Z') }), entry({ title: 'A' })],
      'Europe/Berlin',
    );
    expect(rows.map((r) => [r.date, r.time, r.title])).toEqual([
      ['2026-03-03', '09:30', 'A'],
      ['2026-07-02', '00:15', 'B'],
    ]);
  });
});

describe('renderEditorialCalendar', () => {
  it('renders a feed that a calendar parser reads back, in UTC', () => {
    const text = renderEditorialCalendar(
      'Schmidt',
      [entry({ notes: 'Zeile 1, mit Komma; und Semikolon', publishedUrl: 'https://example.com/p' })],
      'tp.example.com',
    );
    expect(text).toContain('DTSTART:20260303T083000Z');
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [event] = calendar.getAllSubcomponents('vevent');
    if (!event) throw new Error('no event');
    const parsed = new ICAL.Event(event);
    expect(parsed.summary).toBe('LinkedIn: Fräsen im Detail');
    expect(parsed.uid).toBe('7d1f3a52-8c4e-4f3b-9a2b-0c1d2e3f4a5b@tp.example.com');
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2026-03-03T08:30:00.000Z');
    expect(parsed.description).toContain('Zeile 1, mit Komma; und Semikolon');
    expect(event.getFirstPropertyValue('url')).toBe('https://example.com/p');
  });
});
