import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { segmentDefinitionSchema } from '../../src/contract/segments';
import {
  checkSegmentDefinition,
  describeSegment,
  type SegmentCondition,
  type SegmentDefinition,
} from '../../src/core/segments';
import { compileSegment } from '../../src/core/segments/compileSegment';

// Compiles without a server: the query text and its parameters are what we check.
const db = new Kysely<Record<string, { id: string }>>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const WS = '00000000-0000-4000-8000-000000000001';
const NOW = new Date('2026-12-07T12:00:00Z');
const def = (
  conditions: SegmentDefinition['conditions'],
  kind: SegmentDefinition['kind'] = 'all',
): SegmentDefinition => ({
  version: 1,
  kind,
  conditions,
});
const compiled = (d: SegmentDefinition) => compileSegment(d, { workspaceId: WS, now: NOW }).compile(db);
const pricing: SegmentCondition = {
  kind: 'event',
  did: true,
  eventType: 'page_view',
  urlContains: 'pricing',
  frequency: 'at_least',
  times: 2,
  days: 14,
};

describe('compileSegment', () => {
  it('puts every value in a parameter, never in the text', () => {
    const evil = "x' or 1=1 --";
    const q = compiled(
      def([
        { kind: 'trait', key: evil, operator: 'eq', value: evil },
        { kind: 'account', field: 'property', key: evil, operator: 'contains', value: evil },
        { ...pricing, urlContains: evil },
      ]),
    );
    expect(q.sql).not.toContain('1=1');
    expect(q.parameters).toContain(evil);
    expect(q.parameters).toContain(`%x' or 1=1 --%`);
  });

  it('finds the profiles of a behaviour in one grouped pass over the workspace events', () => {
    const q = compiled(def([pricing]));
    expect(q.sql).toMatch(
      /^\(\("p"\."id" in \(select e\.profile_id from events e\s+where e\.workspace_id = \$1::uuid and e\.profile_id is not null/,
    );
    expect(q.sql).toMatch(/group by e\.profile_id having count\(\*\) >= \$5\)\)\)$/);
    expect(q.parameters).toEqual([WS, 'page_view', '%pricing%', new Date('2026-11-23T12:00:00Z'), 2]);
  });

  it('turns "at most" and "exactly 0" into not in, and "did not" into not', () => {
    expect(compiled(def([{ ...pricing, did: false }])).sql).toMatch(/^\(\(not "p"\."id" in \(/);
    expect(compiled(def([{ ...pricing, frequency: 'at_most', times: 1 }])).sql).toMatch(
      /"p"\."id" not in .* > \$5\)/s,
    );
    expect(compiled(def([{ ...pricing, frequency: 'exactly', times: 0 }])).sql).toMatch(
      /"p"\."id" not in .* > 0\)/s,
    );
  });

  it('joins groups with and / or / not, and reads profiles under the alias asked for', () => {
    const trait: SegmentCondition = { kind: 'trait', key: 'plan', operator: 'eq', value: 'pro' };
    const q = compileSegment(def([trait, { kind: 'not', conditions: [trait, trait] }], 'any'), {
      workspaceId: WS,
      now: NOW,
      alias: 'm',
    }).compile(db);
    expect(q.sql).toContain(' or (not (');
    expect(q.sql).toContain('"m"."traits"');
    expect(q.sql).not.toContain('"p".');
    expect(compiled(def([])).sql).toBe('true');
    expect(compiled(def([], 'any')).sql).toBe('false');
  });

  it('refuses an alias that is not an identifier', () => {
    expect(() => compileSegment(def([]), { workspaceId: WS, now: NOW, alias: 'p; drop table x' })).toThrow();
  });

  it('compares dates by whole UTC days and relative days from now', () => {
    const q = compiled(
      def([
        { kind: 'profile', field: 'last_seen_at', operator: 'older_than_days', value: 30 },
        { kind: 'profile', field: 'first_seen_at', operator: 'lte', value: '2026-03-01' },
      ]),
    );
    expect(q.parameters).toEqual([new Date('2026-11-07T12:00:00Z'), new Date('2026-03-02T00:00:00Z')]);
  });
});

describe('describeSegment', () => {
  it('says the definition in German and English', () => {
    const d = def([
      pricing,
      { kind: 'email', action: 'opened', lastMailings: 3 },
      {
        kind: 'any',
        conditions: [
          { kind: 'trait', key: 'plan', operator: 'in', value: ['pro', 'team'] },
          { kind: 'profile', field: 'last_seen_at', operator: 'older_than_days', value: 30 },
        ],
      },
    ]);
    expect(describeSegment(d, 'en')).toBe(
      'did page_view (with URL containing “pricing”) at least 2 times within the last 14 days and opened the last 3 mailings and (trait plan is one of „pro“, „team“ or last seen more than 30 days ago)',
    );
    expect(describeSegment(d, 'de')).toBe(
      'hat page_view (mit URL enthält „pricing“) mindestens 2-mal in den letzten 14 Tagen und hat die letzten 3 Mailings geöffnet und (Merkmal plan ist eines von „pro“, „team“ oder zuletzt gesehen vor mehr als 30 Tagen)',
    );
    expect(describeSegment(def([{ kind: 'email', action: 'unsubscribed' }], 'not'), 'de')).toBe(
      'nicht (hat sich vom Newsletter abgemeldet)',
    );
    expect(describeSegment(def([]), 'en')).toBe('every profile');
  });
});

describe('checkSegmentDefinition and the schema', () => {
  it('names the field of each broken rule', () => {
    expect(
      checkSegmentDefinition(
        def([
          { kind: 'profile', field: 'revenue', operator: 'contains', value: 'x' },
          { kind: 'trait', key: 'plan', operator: 'exists', value: 'x' },
          { ...pricing, from: '2026-02-01', to: '2026-01-01', days: undefined },
          { kind: 'account', field: 'property', operator: 'exists' },
        ]),
      ),
    ).toEqual([
      {
        path: ['conditions', 0, 'operator'],
        message: 'must be one of eq, neq, gt, gte, lt, lte for this field',
      },
      { path: ['conditions', 1, 'value'], message: 'must be left out for exists' },
      { path: ['conditions', 2, 'from'], message: 'must not be after to' },
      { path: ['conditions', 3, 'key'], message: 'names the property, required for field property' },
    ]);
  });

  it('limits depth and the number of conditions', () => {
    const leaf: SegmentCondition = { kind: 'email', action: 'unsubscribed' };
    const deep = def([
      { kind: 'all', conditions: [{ kind: 'any', conditions: [{ kind: 'not', conditions: [leaf] }] }] },
    ]);
    expect(checkSegmentDefinition(deep)).toEqual([
      { path: ['conditions', 0, 'conditions', 0, 'conditions', 0], message: 'groups nest at most 3 deep' },
    ]);
    expect(checkSegmentDefinition(def(Array.from({ length: 31 }, () => leaf)))[0]?.path).toEqual([
      'conditions',
    ]);
    expect(segmentDefinitionSchema.safeParse(deep).success).toBe(false);
  });

  it('fills the defaults of an event condition', () => {
    const parsed = segmentDefinitionSchema.parse({
      version: 1,
      kind: 'all',
      conditions: [{ kind: 'event', eventType: 'x' }],
    });
    expect(parsed.conditions[0]).toEqual({
      kind: 'event',
      eventType: 'x',
      did: true,
      frequency: 'at_least',
      times: 1,
    });
  });
});
