import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';

let dir = '';
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'attribution-'));
  // The journeys of attribution-models.test.ts, worked out by hand there.
  await writeFile(
    file('journeys.csv'),
    'path;total_conversions;total_conversion_value;total_null\r\nseo > mail > seo;1;100;0\r\nads > seo;2;50;0\r\nmail;0;;4\r\n',
  );
  await writeFile(file('no-value.csv'), 'path,total_conversions\nseo>mail,1\n');
  await writeFile(file('bad.csv'), 'path,total_conversions\nseo,1\nmail,many\n');
  await writeFile(file('empty.csv'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const { code, stdout, stderr } = await cli('attribution', ...args);
  return { code, out: stdout, err: stderr };
}

describe('touchpoint attribution', () => {
  it('prints every model per channel as JSON, full precision', async () => {
    const { code, out, err } = await run('--journeys', file('journeys.csv'), '--format', 'json');
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      channels: { channel: string; conversions: Record<string, number>; value: Record<string, number> }[];
      totals: Record<string, number>;
      models: Record<string, Record<string, unknown>>;
    };
    expect(json.channels.map((c) => c.channel)).toEqual(['seo', 'mail', 'ads']);
    expect(Object.keys(json.channels[0]?.conversions ?? {})).toEqual([
      'first_touch',
      'last_touch',
      'linear',
      'time_decay',
      'position_based',
      'markov',
      'shapley',
    ]);
    expect(json.channels[0]?.conversions.linear).toBeCloseTo(5 / 3, 14);
    expect(json.channels[0]?.conversions.markov).toBeCloseTo(228 / 135, 14);
    expect(json.channels[2]?.value.time_decay).toBeCloseTo(50 / 3, 14);
    expect(json.totals).toEqual({
      journeys: 3,
      touches: 6,
      conversions: 3,
      value: 150,
      nulls: 4,
      channels: 3,
    });
    expect(json.models.markov).toMatchObject({ order: 1 });
    expect(String(json.models.shapley?.method)).toContain('exact');
  });

  it('takes the half-life, position weights, order and fixed shares', async () => {
    const { code, out } = await run(
      '--journeys',
      file('journeys.csv'),
      '--format',
      'json',
      '--half-life',
      '2',
      '--position-weights',
      '30,40,30',
      '--order',
      '2',
      '--fixed-shares',
      'mail=10',
    );
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      channels: { channel: string; conversions: Record<string, number> }[];
      models: Record<string, unknown>;
    };
    expect(json.models).toMatchObject({
      time_decay: { half_life: 2, unit: 'touches' },
      position_based: { first: 0.3, middle: 0.4, last: 0.3 },
      markov: { order: 2 },
      fixed_share: { shares: { mail: 0.1 } },
    });
    // seo>mail>seo with 30/40/30: seo 0.6, mail 0.4.
    expect(json.channels[1]?.conversions.position_based).toBeCloseTo(0.4, 14);
    // mail earns 10 % of the first journey; seo the other 90 %.
    expect(json.channels[1]?.conversions.fixed_share).toBeCloseTo(0.1, 14);
  });

  it('prints CSV: one row per channel, a column per model for conversions and value', async () => {
    const { code, out } = await run('--journeys', file('journeys.csv'), '--format', 'csv');
    expect(code).toBe(0);
    const [header, first] = out.split('\n');
    expect(header?.split(',')).toHaveLength(1 + 7 + 7 + 1);
    expect(header).toMatch(/^channel,conversions_first_touch,.*,value_shapley,markov_removal_effect$/);
    expect(first).toMatch(/^seo,1,3,1\.666666666666666\d,/);
  });

  it('prints an aligned table rounded to two decimals, without a value table when there is no value', async () => {
    const withValue = await run('--journeys', file('journeys.csv'));
    expect(withValue.code).toBe(0);
    expect(withValue.out).toContain('Value per channel');
    expect(withValue.out).toMatch(
      /^seo\s+1\.00\s+3\.00\s+1\.67\s+2\.05\s+1\.80\s+1\.69\s+1\.50\s+100\.0 %$/m,
    );
    expect(withValue.out).toMatch(/^total\s+3\.00(\s+3\.00){6}$/m);
    const without = await run('--journeys', file('no-value.csv'));
    expect(without.out).not.toContain('Value per channel');
    const json = JSON.parse((await run('--journeys', file('no-value.csv'), '--format', 'json')).out) as {
      channels: { value: unknown }[];
      totals: { value: unknown };
    };
    expect(json.channels[0]?.value).toBeNull();
    expect(json.totals.value).toBeNull();
  });

  it('an empty file gives an empty result, not an error', async () => {
    const { code, out } = await run('--journeys', file('empty.csv'), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ channels: [], totals: { journeys: 0, conversions: 0 } });
  });

  it.each([
    [['--journeys', 'bad.csv'], 'line 3, column total_conversions: "many" is not a number of 0 or more'],
    [['--journeys', 'missing.csv'], 'cannot read'],
    [
      ['--journeys', 'journeys.csv', '--position-weights', '50,50'],
      '--position-weights takes first,middle,last',
    ],
    [['--journeys', 'journeys.csv', '--half-life', '0'], '--half-life must be a number of touches above 0'],
    [['--journeys', 'journeys.csv', '--order', '9'], '--order must be a whole number from 1 to 6'],
    [['--journeys', 'journeys.csv', '--fixed-shares', 'mail'], '--fixed-shares takes channel=percent pairs'],
  ])('%j exits non-zero with one line', async (args, message) => {
    const [flag, name, ...rest] = args;
    const { code, out, err } = await run(flag ?? '', file(name ?? ''), ...rest);
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toContain(message);
  });
});
