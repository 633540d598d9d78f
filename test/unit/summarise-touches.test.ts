import { describe, expect, it } from 'vitest';
import { summariseTouches, type Touch } from '../../src/core/profiles/summariseTouches';

const touch = (profileId: string, touchpointId: string, at: string): Touch => ({
  profileId,
  touchpointId,
  occurredAt: new Date(at),
});

describe('summariseTouches', () => {
  it('folds a person’s events per touchpoint and UTC day, whatever their order', () => {
    const rows = summariseTouches([
      touch('ana', 'site', '2026-04-06T10:00:00Z'),
      touch('ana', 'site', '2026-04-06T09:00:00Z'),
      touch('ana', 'site', '2026-04-06T23:59:59Z'),
      touch('ana', 'site', '2026-04-07T00:00:00Z'),
      touch('ana', 'ad', '2026-04-06T08:00:00Z'),
      touch('ben', 'site', '2026-04-06T09:30:00Z'),
    ]);
    expect(rows).toEqual([
      {
        profileId: 'ana',
        touchpointId: 'site',
        day: '2026-04-06',
        firstAt: new Date('2026-04-06T09:00:00Z'),
        lastAt: new Date('2026-04-06T23:59:59Z'),
        events: 3,
      },
      {
        profileId: 'ana',
        touchpointId: 'site',
        day: '2026-04-07',
        firstAt: new Date('2026-04-07T00:00:00Z'),
        lastAt: new Date('2026-04-07T00:00:00Z'),
        events: 1,
      },
      {
        profileId: 'ana',
        touchpointId: 'ad',
        day: '2026-04-06',
        firstAt: new Date('2026-04-06T08:00:00Z'),
        lastAt: new Date('2026-04-06T08:00:00Z'),
        events: 1,
      },
      {
        profileId: 'ben',
        touchpointId: 'site',
        day: '2026-04-06',
        firstAt: new Date('2026-04-06T09:30:00Z'),
        lastAt: new Date('2026-04-06T09:30:00Z'),
        events: 1,
      },
    ]);
  });

  it('gives the same totals in one batch as in two (what the upsert relies on)', () => {
    const all = Array.from({ length: 50 }, (_, i) =>
      touch(`p${i % 3}`, `t${i % 2}`, new Date(Date.UTC(2026, 3, 1 + (i % 4), i % 24)).toISOString()),
    );
    const whole = summariseTouches(all);
    const parts = [...summariseTouches(all.slice(0, 23)), ...summariseTouches(all.slice(23))];
    for (const row of whole) {
      const same = parts.filter(
        (p) => p.profileId === row.profileId && p.touchpointId === row.touchpointId && p.day === row.day,
      );
      expect(same.reduce((n, p) => n + p.events, 0)).toBe(row.events);
      expect(Math.min(...same.map((p) => p.firstAt.getTime()))).toBe(row.firstAt.getTime());
      expect(Math.max(...same.map((p) => p.lastAt.getTime()))).toBe(row.lastAt.getTime());
    }
  });
});
