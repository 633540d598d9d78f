import { describe, expect, it } from 'vitest';
import {
  checkTouchpointLink,
  journeysOf,
  pathThrough,
  type Edge,
  type LinkSurroundings,
} from '../../src/core/touchpointLinks';

const edge = (from: string, to: string): Edge => ({ fromTouchpointId: from, toTouchpointId: to });
const edges = (...pairs: string[]) => pairs.map((p) => edge(p[0] ?? '', p[1] ?? ''));

describe('checking a new "leads to" link', () => {
  const around: LinkSurroundings = {
    touchpointIds: new Set(['fair', 'quote', 'order']),
    personaIds: new Set(['buyer']),
    existing: [{ fromTouchpointId: 'fair', toTouchpointId: 'quote', personaId: null }],
  };
  const link = (from: string, to: string, personaId: string | null = null) => ({
    fromTouchpointId: from,
    toTouchpointId: to,
    personaId,
  });

  it('accepts two touchpoints of the workspace, for all personas or one', () => {
    expect(checkTouchpointLink(link('quote', 'order'), around)).toEqual({
      ok: true,
      value: link('quote', 'order'),
    });
    // The same pair for one persona is another link than the one for all personas.
    expect(checkTouchpointLink(link('fair', 'quote', 'buyer'), around).ok).toBe(true);
  });

  it('names the end that is not a touchpoint of the workspace', () => {
    const from = checkTouchpointLink(link('elsewhere', 'quote'), around);
    expect(!from.ok && from.error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'fromTouchpointId', missing: ['elsewhere'] },
    });
    const to = checkTouchpointLink(link('fair', 'elsewhere'), around);
    expect(!to.ok && to.error.details).toMatchObject({ field: 'toTouchpointId' });
  });

  it('refuses a touchpoint leading to itself, an unknown persona and a duplicate', () => {
    const self = checkTouchpointLink(link('fair', 'fair'), around);
    expect(!self.ok && self.error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'toTouchpointId' },
    });
    const persona = checkTouchpointLink(link('fair', 'order', 'other'), around);
    expect(!persona.ok && persona.error.details).toMatchObject({ field: 'personaId' });
    const twice = checkTouchpointLink(link('fair', 'quote'), around);
    expect(!twice.ok && twice.error.code).toBe('conflict');
  });

  it('allows a link that closes a cycle', () => {
    expect(checkTouchpointLink(link('order', 'fair'), around).ok).toBe(true);
  });
});

describe('the journeys the links form', () => {
  it('follows the trade-fair contact through the quote to the order, and branches', () => {
    // f = trade fair, q = quote, o = order, w = website, c = case study
    const j = journeysOf(edges('fq', 'qo', 'wc', 'cq'));
    expect(j.entries).toEqual(['f', 'w']);
    expect(j.paths).toEqual([
      ['f', 'q', 'o'],
      ['w', 'c', 'q', 'o'],
    ]);
    expect(j.cycles).toEqual([]);
    expect(j.truncated).toBe(false);
  });

  it('reports a cycle once and ends a path where it would repeat a touchpoint', () => {
    // a → b → c → b: the path stops at c, the cycle b → c → b is reported.
    const j = journeysOf(edges('ab', 'bc', 'cb'));
    expect(j.entries).toEqual(['a']);
    expect(j.paths).toEqual([['a', 'b', 'c']]);
    expect(j.cycles).toEqual([['b', 'c', 'b']]);
  });

  it('finds a cycle nobody enters from outside, and two cycles sharing a touchpoint', () => {
    expect(journeysOf(edges('xy', 'yx'))).toEqual({
      entries: [],
      paths: [],
      cycles: [['x', 'y', 'x']],
      truncated: false,
    });
    expect(journeysOf(edges('ab', 'ba', 'bc', 'cb')).cycles).toEqual([
      ['a', 'b', 'a'],
      ['b', 'c', 'b'],
    ]);
  });

  it('counts a link given twice (for two personas) once', () => {
    expect(journeysOf(edges('ab', 'ab')).paths).toEqual([['a', 'b']]);
  });

  it('stops listing paths at the limit and says so', () => {
    // Three layers of two: 2 × 2 × 2 = 8 paths from s.
    const many = edges('sa', 'sb', 'ac', 'ad', 'bc', 'bd', 'ce', 'cf', 'de', 'df');
    expect(journeysOf(many).paths).toHaveLength(8);
    const cut = journeysOf(many, 3);
    expect(cut.paths).toHaveLength(3);
    expect(cut.truncated).toBe(true);
  });

  it('every path runs along links, from an entry, without repeating a touchpoint (random graphs)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const ids = 'abcdef'.split('');
      const pick = () => ids[Math.floor(random() * ids.length)] ?? 'a';
      const pairs = Array.from({ length: 1 + Math.floor(random() * 10) }, () => `${pick()}${pick()}`);
      const graph = edges(...new Set(pairs)).filter((e) => e.fromTouchpointId !== e.toTouchpointId);
      const has = (a: string, b: string) =>
        graph.some((e) => e.fromTouchpointId === a && e.toTouchpointId === b);
      const j = journeysOf(graph);
      for (const path of j.paths) {
        expect(j.entries).toContain(path[0]);
        expect(new Set(path).size).toBe(path.length);
        for (let i = 1; i < path.length; i++) expect(has(path[i - 1] ?? '', path[i] ?? '')).toBe(true);
      }
      for (const cycle of j.cycles) {
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        for (let i = 1; i < cycle.length; i++) expect(has(cycle[i - 1] ?? '', cycle[i] ?? '')).toBe(true);
      }
      // A graph without cycles is what a topological sort can order completely.
      const indegree = new Map(ids.map((id) => [id, 0]));
      for (const e of graph) indegree.set(e.toTouchpointId, (indegree.get(e.toTouchpointId) ?? 0) + 1);
      const queue = ids.filter((id) => indegree.get(id) === 0);
      let sorted = 0;
      while (queue.length) {
        const at = queue.shift() as string;
        sorted++;
        for (const e of graph) {
          if (e.fromTouchpointId !== at) continue;
          const left = (indegree.get(e.toTouchpointId) ?? 0) - 1;
          indegree.set(e.toTouchpointId, left);
          if (left === 0) queue.push(e.toTouchpointId);
        }
      }
      expect(j.cycles.length > 0).toBe(sorted < ids.length);
    }
  });
});

describe('the path through one touchpoint', () => {
  it('holds what leads to it and where it leads, not the side branches', () => {
    const links = edges('fq', 'qo', 'wc', 'xo');
    const p = pathThrough(links, 'q');
    expect([...p.touchpointIds].sort()).toEqual(['f', 'o', 'q']);
    expect([...p.linkKeys].sort()).toEqual(['f>q', 'q>o']);
  });

  it('ends in a cycle', () => {
    expect([...pathThrough(edges('ab', 'ba'), 'a').touchpointIds].sort()).toEqual(['a', 'b']);
  });
});
