import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounce } from '../../src/core/email/bounces/readBounce';

/**
 * Real bounces, whether each message is a bounce and for bounces whether the first failed recipient
 * is hard or soft, as the Sisimai project's own tests expect: the shared corpus (half of Sisimai's
 * `set-of-emails`, which the reader was tuned on) and messages of the same corpus collected after the
 * reader was built (bounces-unseen), held to the same goals.
 */
const corpora = [
  { name: 'the corpus of real bounces', dir: join(__dirname, '../fixtures/bounces') },
  { name: 'real bounces the reader was not tuned on', dir: join(__dirname, '../fixtures/bounces-unseen') },
];

describe.each(corpora)('$name', ({ dir }) => {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { bounce: boolean; recipients: { reason: string; kind: string; status: string }[] }
  >;
  const files = readdirSync(join(dir, 'eml')).filter((f) => f.endsWith('.eml'));
  const results = files.map((file) => {
    const want = expected[file];
    if (want === undefined) throw new Error(`${file} has no entry in expected.json`);
    return { file, want, got: readBounce(readFileSync(join(dir, 'eml', file))) };
  });

  it('has an expected result for every message', () => {
    expect(files.length).toBe(Object.keys(expected).length);
  });

  it('tells at least 97 % of the messages right as bounce or not', () => {
    const misses = results.filter((r) => r.got.bounce !== r.want.bounce);
    const rate = 1 - misses.length / results.length;
    expect(
      rate,
      misses.map((m) => `${m.file}: expected bounce=${m.want.bounce}`).join('\n'),
    ).toBeGreaterThanOrEqual(0.97);
  });

  it('classes at least 95 % of the bounces hard or soft as expected', () => {
    const bounces = results.filter((r) => r.want.bounce);
    const misses = bounces.filter((r) => r.got.recipients[0]?.kind !== r.want.recipients[0]?.kind);
    const rate = 1 - misses.length / bounces.length;
    const list = misses.map((m) => {
      const [want, got] = [m.want.recipients[0], m.got.recipients[0]];
      return `${m.file}: expected ${want?.kind} (${want?.reason}), got ${got?.kind} (${got?.reason}): ${got?.diagnostic.slice(0, 120)}`;
    });
    expect(rate, list.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('names a recipient address for every message it reads as a bounce', () => {
    const without = results.filter((r) => r.got.bounce && !r.got.recipients[0]?.address.includes('@'));
    expect(without.map((r) => r.file)).toEqual([]);
  });
});
