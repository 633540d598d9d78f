import { describe, expect, it } from 'vitest';
import { findUnstorableInput, MAX_INPUT_DEPTH, unstorableTextReason } from '../../src/core/unstorableInput';

describe('text PostgreSQL cannot store as sent', () => {
  it.each([
    ['a NUL', 'a\u0000b', /NUL/],
    ['a lone high surrogate', 'a\ud800b', /surrogate/],
    ['a lone low surrogate', 'a\udc00b', /surrogate/],
    ['a high surrogate at the end', 'abc\udbff', /surrogate/],
    ['two high surrogates', '\ud800\ud800\udc00', /surrogate/],
  ])('refuses %s', (_what, text, reason) => expect(unstorableTextReason(text)).toMatch(reason));

  it.each([
    ['ordinary text', 'Einkäuferin Medizintechnik'],
    ['U+FFFD itself', 'Stra\ufffde'],
    ['an emoji (a surrogate pair)', 'Messe 🎪 Köln'],
    ['other control characters', 'tab\there\r\nnew line \u0001'],
    ['the empty string', ''],
  ])('accepts %s', (_what, text) => expect(unstorableTextReason(text)).toBeNull());
});

describe('findUnstorableInput', () => {
  it('names every bad string and key by its path, in document order', () => {
    const found = findUnstorableInput({
      name: 'ok',
      phases: [{ title: 'ok' }, { title: 'x' }, { title: 'bad\u0000' }],
      needs: ['\ud800'],
      params: { 'k\u0000ey': 1 },
    });
    expect(found.map((f) => [f.path, f.kind])).toEqual([
      [['phases', 2, 'title'], 'text'],
      [['needs', 0], 'text'],
      [['params', 'k\u0000ey'], 'text'],
    ]);
  });

  it('leaves numbers, booleans and null alone', () =>
    expect(findUnstorableInput({ a: 1, b: true, c: null, d: [1e308] })).toEqual([]));

  it('refuses nesting deeper than the limit, at the first level too deep, without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const [found] = findUnstorableInput({ body: deep });
    expect(found?.kind).toBe('depth');
    expect(found?.path).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('accepts nesting up to the limit', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) value = [value];
    expect(findUnstorableInput(value)).toEqual([]);
  });

  it('checks only the depth when told to leave text alone', () =>
    expect(findUnstorableInput({ a: '\u0000' }, { text: false })).toEqual([]));

  it('stops after the limit', () =>
    expect(
      findUnstorableInput(
        Array.from({ length: 50 }, () => '\u0000'),
        { limit: 3 },
      ),
    ).toHaveLength(3));
});
