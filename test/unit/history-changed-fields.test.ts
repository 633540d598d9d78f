import { describe, expect, it } from 'vitest';
import { changedFields } from '../../src/core/history/fieldChanges';

describe('changedFields', () => {
  it('keeps only what differs, lists of ids compared as sets, missing values as null', () => {
    const before = { name: 'Website', effort: 3, phaseIds: ['a', 'b'], impact: null, notes: 'x' };
    expect(
      changedFields(before, {
        name: 'Website',
        effort: 2,
        phaseIds: ['b', 'a'],
        impact: 4,
        notes: undefined,
        department: '',
      }),
    ).toEqual([
      { field: 'effort', before: 3, after: 2 },
      { field: 'impact', before: null, after: 4 },
      { field: 'department', before: null, after: '' },
    ]);
  });

  it('sees a changed list and a changed object', () => {
    expect(changedFields({ ids: ['a'], band: { lo: 1 } }, { ids: ['a', 'a'], band: { lo: 2 } })).toEqual([
      { field: 'ids', before: ['a'], after: ['a', 'a'] },
      { field: 'band', before: { lo: 1 }, after: { lo: 2 } },
    ]);
  });
});
