import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { safeCell, splitList, unsafeCell } from '../../src/core/csv/safeCell';
import { kpiStatus } from '../../src/core/kpiStatus';
import { isOverdue } from '../../src/services/measures';

describe('CSV cells', () => {
  it.each(['=1+1', '+49 30 1234', '-5', '@SUM(A1)', '\tx', '\rx'])(
    'guards %j against formula injection and restores it',
    (text) => {
      expect(safeCell(text)).toBe(`'${text}`);
      expect(unsafeCell(safeCell(text))).toBe(text);
    },
  );
  it('leaves ordinary text alone', () => {
    expect(safeCell('Website')).toBe('Website');
    expect(unsafeCell("'quoted'")).toBe("'quoted'");
  });
  it('splits lists on |', () =>
    expect(splitList(' attention | interest||')).toEqual(['attention', 'interest']));
});

describe('kpiStatus', () => {
  it.each([
    [12, 10, 'higher_is_better', 'on_target'],
    [8, 10, 'higher_is_better', 'off_target'],
    [24, 48, 'lower_is_better', 'on_target'],
    [72, 48, 'lower_is_better', 'off_target'],
    [5, null, 'higher_is_better', 'no_target'],
    [null, 10, 'higher_is_better', 'no_data'],
  ] as const)('%s against %s (%s) is %s', (value, target, direction, status) => {
    expect(kpiStatus(value, target, direction)).toBe(status);
  });
});

describe('isOverdue', () => {
  it('flags open measures past their due date only', () => {
    expect(isOverdue('2026-11-01', 'planned', '2026-11-24')).toBe(true);
    expect(isOverdue('2026-11-01', 'in_progress', '2026-11-24')).toBe(true);
    expect(isOverdue('2026-11-01', 'done', '2026-11-24')).toBe(false);
    expect(isOverdue('2026-11-24', 'planned', '2026-11-24')).toBe(false);
    expect(isOverdue(null, 'planned', '2026-11-24')).toBe(false);
  });
});

describe('loadConfig', () => {
  it('has working defaults and treats empty variables as unset', () => {
    const c = loadConfig({ DATABASE_URL: '', PORT: '' });
    expect(c).toMatchObject({ databaseUrl: undefined, port: 3000, host: '127.0.0.1', loadDemo: true });
  });
  it('names the wrong setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ TOUCHPOINT_ADMIN_PASSWORD: 'short' })).toThrow(
      /TOUCHPOINT_ADMIN_PASSWORD: must have at least 10 characters/,
    );
  });
});
