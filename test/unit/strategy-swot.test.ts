import { describe, expect, it } from 'vitest';
import { swotMeasureDraft, swotOrder, swotSide } from '../../src/core/strategy';

describe('SWOT quadrants', () => {
  it('strengths and weaknesses are internal, opportunities and threats external', () => {
    expect(swotSide('strengths')).toBe('internal');
    expect(swotSide('weaknesses')).toBe('internal');
    expect(swotSide('opportunities')).toBe('external');
    expect(swotSide('threats')).toBe('external');
  });
});

describe('swotMeasureDraft', () => {
  it('takes the text as the title and the touchpoint of the entry', () => {
    expect(swotMeasureDraft({ text: '  Rückrufe dauern zu lange ', touchpointId: 'tp1' })).toEqual({
      title: 'Rückrufe dauern zu lange',
      description: '',
      touchpointIds: ['tp1'],
    });
  });

  it('shortens a long text at a word and keeps the whole text in the description', () => {
    const text = `${'Wort '.repeat(55)}Ende`; // 279 characters
    const draft = swotMeasureDraft({ text, touchpointId: null });
    expect(draft.title.length).toBeLessThanOrEqual(200);
    expect(draft.title.endsWith('Wort…')).toBe(true);
    expect(draft.description).toBe(text);
    expect(draft.touchpointIds).toEqual([]);
  });

  it('cuts inside a word when there is no space late enough', () => {
    const draft = swotMeasureDraft({ text: 'x'.repeat(280), touchpointId: null });
    expect(draft.title).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('swotOrder', () => {
  it('numbers the ids in the order asked for', () => {
    const order = swotOrder(['a', 'b', 'c'], ['c', 'a', 'b']);
    expect(order).toEqual({
      ok: true,
      value: new Map([
        ['c', 0],
        ['a', 1],
        ['b', 2],
      ]),
    });
  });

  it('refuses a stale order that leaves out, repeats or invents an entry', () => {
    const order = swotOrder(['a', 'b', 'c'], ['a', 'a', 'x']);
    expect(order.ok).toBe(false);
    if (order.ok) return;
    expect(order.error.code).toBe('conflict');
    expect(order.error.details).toEqual({ field: 'ids', unknown: ['x'], twice: ['a'], missing: ['b', 'c'] });
  });
});
