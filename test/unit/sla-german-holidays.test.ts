import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from '../../src/core/sla';
import {
  germanPublicHolidays,
  germanRegions,
  parseGermanRegion,
  type GermanRegion,
} from '../../src/core/sla/germanPublicHolidays';

const holidaysOf = (region: string) => {
  const parsed = parseGermanRegion(region);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return germanPublicHolidays(parsed.value);
};

describe('German public holidays (date-holidays, type public only)', () => {
  it('knows DE and the 16 states', () => {
    expect(germanRegions).toHaveLength(17);
    expect(germanRegions).toContain('DE-BY');
    expect(germanRegions).toContain('DE-NW');
  });

  it('counts the nationwide holidays everywhere', () => {
    for (const region of germanRegions) {
      const isHoliday = holidaysOf(region);
      for (const date of [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-01',
        '2026-05-14',
        '2026-05-25',
        '2026-10-03',
        '2026-12-25',
        '2026-12-26',
      ])
        expect(isHoliday(date), `${region} ${date}`).toBe(true);
    }
  });

  it('does not count 24 and 31 December (bank days in date-holidays)', () => {
    const isHoliday = holidaysOf('DE');
    expect(isHoliday('2026-12-24')).toBe(false);
    expect(isHoliday('2026-12-31')).toBe(false);
    expect(isHoliday('2026-12-23')).toBe(false);
  });

  it.each([
    // [holiday, date, regions where it is public, regions where it is not]
    ['Heilige Drei Könige', '2027-01-06', ['DE-BY', 'DE-BW', 'DE-ST'], ['DE', 'DE-NW', 'DE-BE']],
    ['Internationaler Frauentag', '2027-03-08', ['DE-BE', 'DE-MV'], ['DE', 'DE-BY', 'DE-HH']],
    [
      'Fronleichnam',
      '2026-06-04',
      ['DE-BY', 'DE-BW', 'DE-HE', 'DE-NW', 'DE-RP', 'DE-SL'],
      ['DE', 'DE-BE', 'DE-SN', 'DE-TH'],
    ],
    ['Augsburger Friedensfest (city of Augsburg only)', '2026-08-08', [], ['DE', 'DE-BY']],
    ['Mariä Himmelfahrt (catholic communities only)', '2025-08-15', ['DE-SL'], ['DE', 'DE-BY']],
    ['Weltkindertag', '2026-09-20', ['DE-TH'], ['DE', 'DE-BY']],
    [
      'Reformationstag',
      '2026-10-31',
      ['DE-BB', 'DE-HB', 'DE-HH', 'DE-MV', 'DE-NI', 'DE-SH', 'DE-SN', 'DE-ST', 'DE-TH'],
      ['DE', 'DE-BY', 'DE-BW', 'DE-NW'],
    ],
    ['Allerheiligen', '2026-11-01', ['DE-BW', 'DE-BY', 'DE-NW', 'DE-RP', 'DE-SL'], ['DE', 'DE-BE']],
    ['Buß- und Bettag', '2026-11-18', ['DE-SN'], ['DE', 'DE-BY', 'DE-BE']],
  ])('%s on %s', (_name, date, publicIn, notIn) => {
    for (const region of publicIn) expect(holidaysOf(region)(date), region).toBe(true);
    for (const region of notIn) expect(holidaysOf(region)(date), region).toBe(false);
  });

  it('refuses an unknown region, listing the valid ones; takes any letter case', () => {
    const wrong = parseGermanRegion('DE-XX');
    expect(wrong).toMatchObject({ ok: false, error: { details: { field: 'region' } } });
    expect(!wrong.ok && wrong.error.message).toContain('DE, DE-BB, DE-BE');
    expect(parseGermanRegion('BY').ok).toBe(false);
    expect(parseGermanRegion('de-by')).toEqual({ ok: true, value: 'DE-BY' as GermanRegion });
  });
});

describe('parseIsoInstant', () => {
  it.each([
    ['2026-12-28T11:00:00+01:00', '2026-12-28T10:00:00.000Z'],
    ['2026-12-28T11:00+01:00', '2026-12-28T10:00:00.000Z'],
    ['2026-12-28T11:00:00.25Z', '2026-12-28T11:00:00.250Z'],
    ['2026-07-01T08:00:00-0400', '2026-07-01T12:00:00.000Z'],
    ['2026-12-28t11:00:00z', '2026-12-28T11:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    const parsed = parseIsoInstant(text);
    expect(parsed.ok && parsed.value.toISOString()).toBe(iso);
  });

  it.each([
    ['2026-12-28T11:00:00', 'has no offset'],
    ['2026-02-30T11:00:00Z', 'not a real date'],
    ['2026-12-28T24:00:00Z', 'not a real date'],
    ['2026-12-28 11:00:00Z', 'not an ISO 8601 time'],
    ['tomorrow', 'not an ISO 8601 time'],
    ['2026-12-28T11:00:00.1234Z', 'not an ISO 8601 time'],
    ['2026-12-28T11:00:00+19:00', 'offset'],
  ])('refuses %s', (text, reason) => {
    const parsed = parseIsoInstant(text);
    expect(!parsed.ok && parsed.error.message).toContain(reason);
  });
});
