import { describe, expect, it } from 'vitest';
import {
  attribute,
  attributeAll,
  indexJourneys,
  type AttributionModel,
  type Journey,
} from '../../src/core/attribution';

const journey = (path: string, conversions: number, value: number, nulls = 0): Journey => ({
  touches: path.split('>').map((channel) => ({ channel })),
  conversions,
  value,
  nulls,
});

// seo>mail>seo converts once for 100, ads>seo twice for 50 in all, mail alone four times not at all.
const journeys = [journey('seo>mail>seo', 1, 100), journey('ads>seo', 2, 50), journey('mail', 0, 0, 4)];
const indexed = indexJourneys(journeys);

/** Credits by channel name, to compare with the numbers worked out by hand. */
function credits(model: AttributionModel, from = indexed) {
  const result = attribute(from, model);
  const byName = (values: Float64Array) => Object.fromEntries(from.channels.map((c, i) => [c, values[i]]));
  return { conversions: byName(result.conversions), value: byName(result.value) };
}

function expectClose(actual: Record<string, number | undefined>, expected: Record<string, number>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [channel, x] of Object.entries(expected)) expect(actual[channel]).toBeCloseTo(x, 10);
}

describe('attribution models on journeys worked out by hand', () => {
  it('first touch: seo opens the first journey, ads the second', () => {
    const c = credits({ kind: 'first_touch' });
    expectClose(c.conversions, { seo: 1, mail: 0, ads: 2 });
    expectClose(c.value, { seo: 100, mail: 0, ads: 50 });
  });

  it('last touch: seo closes both converting journeys', () => {
    const c = credits({ kind: 'last_touch' });
    expectClose(c.conversions, { seo: 3, mail: 0, ads: 0 });
    expectClose(c.value, { seo: 150, mail: 0, ads: 0 });
  });

  it('linear: a channel twice in a path gets two shares', () => {
    // seo>mail>seo: seo 2/3, mail 1/3 of 1 (and of 100); ads>seo: 1/2 each of 2 (and of 50).
    const c = credits({ kind: 'linear' });
    expectClose(c.conversions, { seo: 2 / 3 + 1, mail: 1 / 3, ads: 1 });
    expectClose(c.value, { seo: 200 / 3 + 25, mail: 100 / 3, ads: 25 });
  });

  it('time decay with a half-life of one touch', () => {
    // Ages 2, 1, 0 give weights 1/4, 1/2, 1 -> shares 1/7, 2/7, 4/7: seo 5/7, mail 2/7.
    // Ages 1, 0 give 1/2, 1 -> shares 1/3, 2/3: ads 2/3 of 2, seo 4/3.
    const c = credits({ kind: 'time_decay', halfLife: 1, clock: 'touches' });
    expectClose(c.conversions, { seo: 5 / 7 + 4 / 3, mail: 2 / 7, ads: 2 / 3 });
    expectClose(c.value, { seo: 500 / 7 + 100 / 3, mail: 200 / 7, ads: 50 / 3 });
  });

  it('time decay with a half-life of two touches', () => {
    // ads>seo: weights 2^(-1/2) and 1 -> ads gets 0.7071 / 1.7071 = 0.41421 of each conversion.
    const c = credits(
      { kind: 'time_decay', halfLife: 2, clock: 'touches' },
      indexJourneys([journey('ads>seo', 1, 10)]),
    );
    expectClose(c.conversions, { ads: Math.SQRT1_2 / (1 + Math.SQRT1_2), seo: 1 / (1 + Math.SQRT1_2) });
  });

  it('time decay in days measures the age from the newest touch', () => {
    // Touches 2 days and 0 days before the last one, half-life 1 day: weights 1/4 and 1 -> 0.2 / 0.8.
    // The first journey's touches are 3,000 days old: counting from a later conversion would underflow.
    const day = 86_400_000;
    const timed: Journey[] = [
      {
        touches: [
          { channel: 'a', time: 0 },
          { channel: 'b', time: 2 * day },
        ],
        conversions: 1,
        value: 10,
        nulls: 0,
      },
      { touches: [{ channel: 'a' }, { channel: 'b' }], conversions: 1, value: 0, nulls: 0 },
    ];
    const c = credits({ kind: 'time_decay', halfLife: 1, clock: 'days' }, indexJourneys(timed));
    // The second journey has no times: it falls back to touches (1/3, 2/3).
    expectClose(c.conversions, { a: 0.2 + 1 / 3, b: 0.8 + 2 / 3 });
    expectClose(c.value, { a: 2, b: 8 });
  });

  it('time decay in days without any times counts touches', () => {
    const days = credits({ kind: 'time_decay', halfLife: 1, clock: 'days' });
    const touches = credits({ kind: 'time_decay', halfLife: 1, clock: 'touches' });
    expect(days).toEqual(touches);
  });

  it('position-based 40/20/40: one touch 100 %, two touches 50/50', () => {
    // seo>mail>seo: seo 0.4 + 0.4, mail 0.2; ads>seo: 50/50 of 2.
    const c = credits({ kind: 'position_based', weights: { first: 0.4, middle: 0.2, last: 0.4 } });
    expectClose(c.conversions, { seo: 0.8 + 1, mail: 0.2, ads: 1 });
    expectClose(c.value, { seo: 80 + 25, mail: 20, ads: 25 });
  });

  it('position-based 30/40/30 splits the middle share among the middle touches', () => {
    // a>b>c>d: a 0.3, b 0.2, c 0.2, d 0.3; a>d: 0.3 : 0.3 -> 50/50.
    const c = credits(
      { kind: 'position_based', weights: { first: 0.3, middle: 0.4, last: 0.3 } },
      indexJourneys([journey('a>b>c>d', 1, 0), journey('a>d', 1, 0)]),
    );
    expectClose(c.conversions, { a: 0.8, b: 0.2, c: 0.2, d: 0.8 });
  });

  it('Shapley: each journey split equally among its distinct channels', () => {
    // v(S) = conversions of journeys with all channels in S. {seo, mail} earns 1 only together: 1/2 each;
    // {ads, seo} earns 2 only together: 1 each.
    const c = credits({ kind: 'shapley' });
    expectClose(c.conversions, { seo: 0.5 + 1, mail: 0.5, ads: 1 });
    expectClose(c.value, { seo: 50 + 25, mail: 50, ads: 25 });
  });

  it('Markov, first order: removal effects from the absorbing chain', () => {
    // Steps weighted by conversions + nulls: start->seo 1, start->ads 2, start->mail 4; seo->mail 1,
    // mail->seo 1, ads->seo 2; seo->conversion 3; mail->null 4.
    // P(seo->conv) = 3/4, P(seo->mail) = 1/4, P(mail->seo) = 1/5, P(mail->null) = 4/5.
    // x(seo) = 3/4 + x(mail)/4, x(mail) = x(seo)/5  =>  x(seo) = 15/19, x(mail) = 3/19, x(ads) = 15/19.
    // P(conv) = (1·15 + 2·15 + 4·3) / (7·19) = 3/7.
    // Without seo: 0 -> effect 1. Without mail: x(seo) = 3/4, P = 3·3/4/7 = 9/28 -> effect 1/4.
    // Without ads: P = (15 + 4·3) / 133 = 27/133 -> effect 1 - 27/57 = 10/19.
    // Credits: effects / (1 + 1/4 + 10/19 = 135/76) · 3 conversions.
    const result = attribute(indexed, { kind: 'markov', order: 1 });
    const c = credits({ kind: 'markov', order: 1 });
    expectClose(c.conversions, { seo: (3 * 76) / 135, mail: (3 * 19) / 135, ads: (3 * 40) / 135 });
    // Every conversion ends after seo, mean value 150 / 3: value follows the same effects.
    expectClose(c.value, { seo: (150 * 76) / 135, mail: (150 * 19) / 135, ads: (150 * 40) / 135 });
    expect([...(result.removalEffects?.conversions ?? [])].map((x) => Number(x.toFixed(12)))).toEqual([
      1,
      0.25,
      Number((10 / 19).toFixed(12)),
    ]);
  });

  it('Markov weighs value by the mean value of the conversions after each last state', () => {
    // a>b: 1 conversion worth 10, 1 null; b>a>c: 2 conversions worth 30.5; c: 3 nulls.
    // start: a 2/7, b 2/7, c 3/7; a->b 1/2, a->c 1/2; b->conv 1/4, b->null 1/4, b->a 1/2; c->conv 2/5.
    // Mean values: after b 10, after c 15.25. Expected value from each state (y):
    // y(c) = 2/5 · 15.25 = 6.1; y(b) = 10/4 + y(a)/2; y(a) = y(b)/2 + y(c)/2
    //   => y(b) = 4.025 / (3/4) = 5.36667, y(a) = 5.73333; V = (2·5.73333 + 2·5.36667 + 3·6.1) / 7 = 40.5/7.
    // Without a: y(b) = 2.5 -> V = (2·2.5 + 3·6.1) / 7 = 23.3/7 -> value effect of a = 17.2/40.5.
    // Conversions: x(c) = 2/5, x(b) = 7/15, x(a) = 13/30, P = 3/7; without a: P = 1.7/7 -> effect 13/30.
    const data = indexJourneys([journey('a>b', 1, 10, 1), journey('b>a>c', 2, 30.5), journey('c', 0, 0, 3)]);
    const result = attribute(data, { kind: 'markov', order: 1 });
    expect(result.removalEffects?.conversions[0]).toBeCloseTo(13 / 30, 12);
    expect(result.removalEffects?.value[0]).toBeCloseTo(17.2 / 40.5, 12);
  });

  it('Markov merges a channel repeated in a row (no self-transitions), as ChannelAttribution', () => {
    const repeated = attribute(indexJourneys([journey('a>a>b', 1, 5), journey('b>b', 0, 0, 1)]), {
      kind: 'markov',
      order: 1,
    });
    const merged = attribute(indexJourneys([journey('a>b', 1, 5), journey('b', 0, 0, 1)]), {
      kind: 'markov',
      order: 1,
    });
    expect([...repeated.conversions]).toEqual([...merged.conversions]);
  });

  it('Markov of order 2 tells apart what order 1 mixes up', () => {
    // a>c converts, b>c does not. Order 1: start->a 1/2, start->b 1/2, both ->c, c->conv 1/2.
    // Without a or without b P halves -> effects 1/2, 1/2, c 1 -> credits 0.25, 0.25, 0.5.
    // Order 2: states (a,c) -> conv and (b,c) -> null; without b nothing is lost -> a 0.5, b 0, c 0.5.
    const data = indexJourneys([journey('a>c', 1, 0), journey('b>c', 0, 0, 1)]);
    const byName = (x: Float64Array) => Object.fromEntries(data.channels.map((c, i) => [c, x[i]]));
    expectClose(byName(attribute(data, { kind: 'markov', order: 1 }).conversions), {
      a: 0.25,
      b: 0.25,
      c: 0.5,
    });
    expectClose(byName(attribute(data, { kind: 'markov', order: 2 }).conversions), { a: 0.5, b: 0, c: 0.5 });
  });

  it('Markov with cycles and without nulls converges to the exact removal effects', () => {
    // a>b>a converts once, b once. Steps: start->a 1, start->b 1; a->b 1, a->conv 1; b->a 1, b->conv 1,
    // so every probability is 1/2 and, without nulls, every walk converts: P = 1.
    // Without a: start->b->conv only, P = 1/2 · 1/2 = 1/4 -> effect 3/4; without b the same by symmetry.
    // Equal effects -> 1 conversion each.
    const data = indexJourneys([journey('a>b>a', 1, 0), journey('b', 1, 0)]);
    const result = attribute(data, { kind: 'markov', order: 1 });
    expect(result.conversions[0]).toBeCloseTo(1, 12);
    expect(result.conversions[1]).toBeCloseTo(1, 12);
    expect(result.removalEffects?.conversions[0]).toBeCloseTo(0.75, 12);
  });

  it('fixed shares: the seed example, newsletter 5 % and event 20 % of the revenue', () => {
    // newsletter>event>seo>newsletter, 1000: newsletter 50 (once), event 200, seo the rest 750.
    // event alone, 100: its 20 %, and the rest as well, as no other channel is there -> 100.
    const data = indexJourneys([
      journey('newsletter>event>seo>newsletter', 1, 1000),
      journey('event', 1, 100),
    ]);
    const c = credits({ kind: 'fixed_share', shares: { newsletter: 0.05, event: 0.2 } }, data);
    expectClose(c.value, { newsletter: 50, event: 300, seo: 750 });
    expectClose(c.conversions, { newsletter: 0.05, event: 1.2, seo: 0.75 });
  });

  it('fixed shares look up own keys only: a channel called constructor has no share', () => {
    const data = indexJourneys([journey('constructor>__proto__', 1, 10)]);
    const c = credits({ kind: 'fixed_share', shares: Object.fromEntries([['__proto__', 0.2]]) }, data);
    expectClose(
      c.value,
      Object.fromEntries([
        ['constructor', 8],
        ['__proto__', 2],
      ]),
    );
  });

  it('fixed shares above 100 % in a journey are scaled down', () => {
    // a 80 % + b 40 % = 120 %: a 2/3, b 1/3, c nothing left.
    const data = indexJourneys([journey('a>b>c', 1, 12)]);
    const c = credits({ kind: 'fixed_share', shares: { a: 0.8, b: 0.4 } }, data);
    expectClose(c.value, { a: 8, b: 4, c: 0 });
  });
});

describe('attributeAll', () => {
  const sums = (
    report: Extract<ReturnType<typeof attributeAll>, { ok: true }>['value'],
    what: 'conversions' | 'value',
  ) =>
    Object.fromEntries(
      report.models.map((m) => [m.kind, report.channels.reduce((s, row) => s + (row[what][m.kind] ?? 0), 0)]),
    );

  it('every model hands out exactly the total conversions and value', () => {
    const report = attributeAll(journeys, { fixedShares: { mail: 0.1 } });
    if (!report.ok) throw new Error(report.error.message);
    for (const sum of Object.values(sums(report.value, 'conversions'))) expect(sum).toBeCloseTo(3, 10);
    for (const sum of Object.values(sums(report.value, 'value'))) expect(sum).toBeCloseTo(150, 10);
    expect(report.value.totals).toEqual({ journeys: 3, touches: 6, conversions: 3, value: 150, nulls: 4 });
  });

  it('no journeys: no channels, zero totals', () => {
    const report = attributeAll([]);
    expect(report).toMatchObject({ ok: true, value: { channels: [], totals: { conversions: 0, value: 0 } } });
  });

  it('journeys without conversions: every credit 0, never NaN', () => {
    const report = attributeAll([journey('a>b', 0, 0, 5), journey('b', 0, 0, 2)]);
    if (!report.ok) throw new Error(report.error.message);
    for (const row of report.value.channels)
      for (const x of [...Object.values(row.conversions), ...Object.values(row.value)]) expect(x).toBe(0);
  });

  it('one-touch journeys: every model gives the whole journey to its channel', () => {
    const report = attributeAll([journey('a', 2, 20), journey('b', 1, 5, 1)]);
    if (!report.ok) throw new Error(report.error.message);
    for (const row of report.value.channels) {
      const expected = row.channel === 'a' ? 2 : 1;
      for (const x of Object.values(row.conversions)) expect(x).toBeCloseTo(expected, 12);
    }
  });

  it('rejects bad options and journeys with the field named', () => {
    expect(attributeAll(journeys, { halfLife: 0 })).toMatchObject({
      ok: false,
      error: { details: { field: 'halfLife' } },
    });
    expect(attributeAll(journeys, { positionWeights: { first: 0.5, middle: 0.5, last: 0.5 } })).toMatchObject(
      {
        ok: false,
        error: { details: { field: 'positionWeights' } },
      },
    );
    expect(attributeAll(journeys, { markovOrder: 1.5 })).toMatchObject({ ok: false });
    expect(attributeAll([{ touches: [], conversions: 1, value: 0, nulls: 0 }])).toMatchObject({
      ok: false,
      error: { details: { journey: 0, field: 'touches' } },
    });
    expect(attributeAll([journey('a', 0, 10)])).toMatchObject({
      ok: false,
      error: { details: { field: 'value' } },
    });
    expect(attributeAll([journey('a', Number.NaN, 0)])).toMatchObject({ ok: false });
  });
});
