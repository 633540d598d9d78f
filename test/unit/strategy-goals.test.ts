import { describe, expect, it } from 'vitest';
import { checkGoal, goalCategoriesOf, goalStatus } from '../../src/core/strategy';

describe('goalStatus', () => {
  it('says no KPI when none is linked', () => {
    expect(goalStatus([])).toBe('no_kpi');
  });
  it('is off track as soon as one KPI misses its target', () => {
    expect(goalStatus(['on_target', 'off_target', 'no_data'])).toBe('off_track');
  });
  it('is on track when one KPI meets its target and none misses', () => {
    expect(goalStatus(['no_target', 'on_target'])).toBe('on_track');
  });
  it('has no data while no KPI has both a value and a target', () => {
    expect(goalStatus(['no_data', 'no_target'])).toBe('no_data');
  });
});

describe('checkGoal', () => {
  it('accepts the categories of seed 000 per level', () => {
    expect(goalCategoriesOf('macro')).toEqual(['brand', 'customer_management', 'revenue', 'other']);
    expect(goalCategoriesOf('micro')).toEqual(['reach', 'interaction', 'traffic', 'other']);
    expect(checkGoal({ level: 'macro', category: 'revenue', parentId: null }, undefined, 0).ok).toBe(true);
    expect(checkGoal({ level: 'micro', category: 'reach', parentId: 'm' }, 'macro', 0).ok).toBe(true);
  });

  it('refuses a category of the other level, naming the field', () => {
    const r = checkGoal({ level: 'macro', category: 'reach', parentId: null }, undefined, 0);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', details: { field: 'category' } },
    });
  });

  it('lets only micro goals hang under macro goals', () => {
    const parentOfMacro = checkGoal({ level: 'macro', category: 'brand', parentId: 'm' }, 'macro', 0);
    expect(parentOfMacro).toMatchObject({ ok: false, error: { details: { field: 'parentId' } } });
    const underMicro = checkGoal({ level: 'micro', category: 'reach', parentId: 'x' }, 'micro', 0);
    expect(underMicro).toMatchObject({ ok: false, error: { details: { field: 'parentId' } } });
    const unknown = checkGoal({ level: 'micro', category: 'reach', parentId: 'x' }, undefined, 0);
    expect(unknown).toMatchObject({ ok: false, error: { message: 'parentId: unknown goal' } });
    const own = checkGoal({ id: 'x', level: 'micro', category: 'reach', parentId: 'x' }, 'micro', 0);
    expect(own).toMatchObject({ ok: false, error: { message: 'parentId: a goal cannot be its own parent' } });
  });

  it('keeps a macro goal with micro goals under it from becoming micro', () => {
    const r = checkGoal({ id: 'm', level: 'micro', category: 'reach', parentId: null }, undefined, 2);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { field: 'level', children: 2 } },
    });
  });
});
