import { createWebhookEndpoint } from '../../src/services/webhooks/webhookEndpoints';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventInputSchema } from '../../src/contract/events';
import { workspaceDocumentSchema } from '../../src/contract/workspaceDocument';
import { quickcheckAnswerValues, quickcheckQuestionCount } from '../../src/core/quickcheck';
import { buildDocument } from '../../src/server/openapi';
import { createApiToken } from '../../src/services/accounts';
import { createContentAsset } from '../../src/services/content';
import { listEditorialChannels } from '../../src/services/editorialPlan/editorialChannels';
import { createEditorialItem } from '../../src/services/editorialPlan/editorialItems';
import { rotateWebhookSecret } from '../../src/services/email/webhookSecret';
import { createMailing } from '../../src/services/email/mailings';
import { createMappingRule } from '../../src/services/events/mappingRules';
import { createWriteKey } from '../../src/services/events/writeKeys';
import { createKpi } from '../../src/services/kpis';
import { createMeasure } from '../../src/services/measures';
import { runQuickcheck } from '../../src/services/quickcheckRuns';
import { addRating, createRatingLinks } from '../../src/services/ratings';
import { apiAs, type ApiClient } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * Every operation of the OpenAPI document, taken from the document so a new endpoint is covered the day
 * it is added, gets every kind of input the API must refuse, derived from its own request schemas:
 *
 * - a NUL character and an unpaired surrogate in each text field of the body (nested ones too), each
 *   query parameter and each path parameter (surrogates cannot be spelled in a URL);
 * - an unknown field in each object of the body;
 * - 1e308, -1e308 and 2^63 in each number of the body and the query;
 * - a body sent where none belongs (and 100,000-deep JSON, also where a body belongs);
 * - an empty change (`{}`) to each PATCH and PUT.
 *
 * Each answer must be a 400 `validation_failed` whose details name the field, and the workspace must
 * be unchanged (one digest of all its rows, compared after every case).
 */

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
}

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | undefined;
}

interface Case {
  route: string;
  what: string;
  method: string;
  /** Built when the case runs: the ids it uses exist only then. */
  url: () => string;
  payload?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** The field the error must name (as `body.a.0.b`); a field below it counts too. */
  field: string;
}

const NUL = 'a\u0000b';
const SURROGATE = 'a\ud800b';
const HUGE_NUMBERS = [1e308, -1e308, 2 ** 63];
const HUGE_QUERY_NUMBERS = ['1e308', '-1e308', '9223372036854775808'];
const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Operations whose handlers read a body the document does not describe (a stream, a provider's JSON). */
const OWN_BODY = new Set([
  'POST /api/v1/email/webhooks/{provider}/{secret}',
  'POST /api/v1/workspaces/{workspaceId}/imports/{kind}',
  'POST /api/v1/workspaces/{workspaceId}/newsletter-imports',
  'POST /api/v1/workspaces/{workspaceId}/deals/import',
]);
/** Own-body operations that read a CSV stream: a JSON body is not theirs to check for depth. */
const CSV_STREAMS = ['/imports/', '/newsletter-imports', '/deals/import'];

/** Bodies whose schema in the document is open (`{}`): the schema the handler applies instead. */
const toJson = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as JsonSchema;
const HANDLER_SCHEMAS: Record<string, () => JsonSchema> = {
  'POST /api/v1/workspaces/import': () => toJson(workspaceDocumentSchema),
  'POST /api/v1/collect': () => {
    const event = toJson(eventInputSchema);
    return { ...event, properties: { ...event.properties, writeKey: { type: 'string' } } };
  },
};

// Read when the file loads, so that each case is a test of its own.
const openApi = (await buildDocument()) as {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }
    >
  >;
};
const operations: Operation[] = Object.entries(openApi.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([m, op]) => {
    const method = m.toUpperCase();
    const key = `${method} ${path}`;
    const body = HANDLER_SCHEMAS[key]?.() ?? op.requestBody?.content['application/json']?.schema;
    return { method, path, parameters: op.parameters ?? [], body };
  }),
);

// --- Values that pass a schema, to carry a bad value to a nested field --------------------------------

function sampleString(s: JsonSchema): string {
  if (s.format === 'uuid') return randomUUID();
  if (s.format === 'email') return 'someone@example.com';
  if (s.format === 'date') return '2026-01-31';
  if (s.format === 'date-time') return '2026-01-31T10:00:00Z';
  if (s.format === 'uri') return 'https://example.com/';
  const plain = 'x'.repeat(Math.max(1, s.minLength ?? 1));
  if (!s.pattern) return plain;
  const pattern = new RegExp(s.pattern);
  return [plain, 'a:b', 'EUR', 'abc'].find((c) => pattern.test(c)) ?? plain;
}

function sample(s: JsonSchema): unknown {
  const options = s.oneOf ?? s.anyOf;
  if (options) return sample(options.find((o) => o.type !== 'null') ?? {});
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.type === 'object' || s.properties)
    return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {})]));
  if (s.type === 'array') return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}));
  if (s.type === 'string') return sampleString(s);
  if (s.type === 'number' || s.type === 'integer') return Math.max(1, s.minimum ?? 1);
  if (s.type === 'boolean') return false;
  return 'x';
}

// --- Every place in a body schema where a value can go ------------------------------------------------

interface Slot {
  path: (string | number)[];
  kind: 'string' | 'number' | 'object' | 'any';
  /** The whole body with `value` at this place and the least valid content around it. */
  place: (value: unknown) => unknown;
  /** The field the error must name: the slot itself, or the open record it sits in. */
  field: (string | number)[];
  schema: JsonSchema;
}

function slotsOf(
  s: JsonSchema,
  path: (string | number)[] = [],
  place: (v: unknown) => unknown = (v) => v,
  out: Slot[] = [],
  record?: (string | number)[],
): Slot[] {
  const field = record ?? path;
  const options = s.oneOf ?? s.anyOf;
  if (options) {
    for (const o of options) if (o.type !== 'null') slotsOf(o, path, place, out, record);
  } else if (s.type === 'object' || s.properties) {
    const around = () => sample(s) as Record<string, unknown>;
    if (s.additionalProperties === false) out.push({ path, kind: 'object', place, field, schema: s });
    for (const [k, child] of Object.entries(s.properties ?? {}))
      slotsOf(child, [...path, k], (v) => place({ ...around(), [k]: v }), out, record);
    if (typeof s.additionalProperties === 'object')
      slotsOf(s.additionalProperties, [...path, 'k'], (v) => place({ ...around(), k: v }), out, field);
  } else if (s.type === 'array') {
    slotsOf(s.items ?? {}, [...path, 0], (v) => place([v]), out, record);
  } else if (s.type === 'string') out.push({ path, kind: 'string', place, field, schema: s });
  else if (s.type === 'number' || s.type === 'integer')
    out.push({ path, kind: 'number', place, field, schema: s });
  else if (s.type === undefined) out.push({ path, kind: 'any', place, field, schema: s });
  const seen = new Set<string>();
  return out.filter((slot) => {
    const key = `${slot.kind} ${slot.path.join('.')}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

// --- The workspace the cases run in -------------------------------------------------------------------

let ws: TestWorkspace;
let api: ApiClient;
let before: Record<string, string>;
/** Real ids and secrets by the path segment before the parameter, so a case that slipped through would write. */
let known: Record<string, string> = {};

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeAll(async () => {
  const db = testDb();
  ws = await aWorkspace(db);
  const { ctx } = ws;
  const editor = await ws.member('editor');
  const persona = await aPersona(ctx);
  const phaseId = ws.workspace.journeyModel.phases[0]?.id as string;
  const tp = await aTouchpoint(ctx, { checklistKind: 'website', phaseIds: [phaseId] });
  const kpi = unwrap(await createKpi(ctx, tp.id, { name: 'Visits' }));
  const rating = unwrap(await addRating(ctx, tp.id, { source: 'employee', score: 2 }));
  const [link] = unwrap(await createRatingLinks(ctx, tp.id, { count: 1 }, 'https://x.example'));
  const measure = unwrap(await createMeasure(ctx, { title: 'Relaunch', touchpointIds: [tp.id] }));
  const asset = unwrap(await createContentAsset(ctx, { title: 'Whitepaper' }));
  const token = unwrap(await createApiToken(ctx, { name: 'CI', role: 'editor' }));
  const writeKey = unwrap(await createWriteKey(ctx, { name: 'Website' }));
  const rule = unwrap(await createMappingRule(ctx, { touchpointId: tp.id, channel: 'newsletter' }));
  const mailing = unwrap(
    await createMailing(ctx, { name: 'News', subject: 'Hello', bodyText: 'Hi', segment: { kind: 'all' } }),
  );
  const run = unwrap(
    await runQuickcheck(ctx, {
      answers: Array.from({ length: quickcheckQuestionCount }, () => quickcheckAnswerValues[0] ?? 'wichtig'),
    }),
  );
  const { secret } = await rotateWebhookSecret(ctx, 'https://x.example');
  const [channel] = await listEditorialChannels(ctx);
  const webhook = unwrap(
    await createWebhookEndpoint(ctx, { url: 'https://crm.example/hooks', eventKinds: ['kpi.alert_raised'] }),
  );
  const item = unwrap(
    await createEditorialItem(ctx, {
      channelId: channel?.id as string,
      title: 'Post',
      plannedAt: '2026-03-03T09:00:00Z',
    }),
  );
  known = {
    workspaces: ws.workspace.id,
    personas: persona.id,
    touchpoints: tp.id,
    kpis: kpi.id,
    ratings: rating.id,
    'rating-links': link?.id as string,
    measures: measure.id,
    'content-assets': asset.id,
    members: editor.id,
    'api-tokens': token.info.id,
    'write-keys': writeKey.id,
    'mapping-rules': rule.id,
    mailings: mailing.id,
    runs: run.id,
    'journey-models': ws.workspace.journeyModel.id,
    'editorial-plan/channels': channel?.id as string,
    'editorial-plan/items': item.id,
    'public/ratings': link?.token as string,
    webhooks: 'ses',
    // The workspace's outbound webhooks, beside the providers' inbound ones above.
    '{workspaceId}/webhooks': webhook.id,
    ses: secret,
    writeKey: writeKey.key,
  };
  api = await apiAs(ws.owner.token);

  before = await state();
});

const state = () => workspaceSnapshot(testDb(), ws.workspace.id, ws.owner.id);

/** The URL with real values in its parameters, and `override` in one of them. */
function urlOf(op: Operation, override?: { name: string; value: string }, query = ''): string {
  const segments = op.path.split('/');
  const filled = segments.map((segment, i) =>
    segment.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      if (override?.name === name) return encodeURIComponent(override.value);
      const previous = segments[i - 1] ?? '';
      const twoBack = `${segments[i - 2] ?? ''}/${previous}`;
      const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
      const value =
        name === 'workspaceId'
          ? known.workspaces
          : (known[twoBack] ?? known[previous] ?? String(sample(param?.schema ?? { type: 'string' })));
      return encodeURIComponent(value as string);
    }),
  );
  return filled.join('/') + query;
}

const json = (value: unknown) => ({ payload: JSON.stringify(value), contentType: 'application/json' });
const fieldPath = (where: string, path: (string | number)[]) => [where, ...path].join('.');

function casesOf(op: Operation): Case[] {
  const route = `${op.method} ${op.path}`;
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'route' | 'method'>) => cases.push({ route, method: op.method, ...c });
  // The write key is read when the case runs; the header makes /collect and the Segment API reach their validation.
  const headers =
    op.path === '/api/v1/collect' || op.path.startsWith('/api/segment/')
      ? { 'x-write-key': 'from-fixture' }
      : undefined;

  for (const p of op.parameters.filter((x) => x.in === 'path'))
    add({
      what: `NUL in path parameter ${p.name}`,
      url: () => urlOf(op, { name: p.name, value: NUL }),
      field: `params.${p.name}`,
    });

  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const numeric = p.schema.type === 'number' || p.schema.type === 'integer';
    for (const value of numeric ? HUGE_QUERY_NUMBERS : [NUL])
      add({
        what: `${numeric ? value.replace('9223372036854775808', '2^63') : 'NUL'} in query parameter ${p.name}`,
        url: () => urlOf(op, undefined, `?${p.name}=${encodeURIComponent(value)}`),
        field: `querystring.${p.name}`,
        ...(headers && { headers }),
      });
  }

  const noBody = !op.body && !OWN_BODY.has(route);
  if (noBody) {
    add({
      what: 'a body where none belongs',
      url: () => urlOf(op),
      ...json({ zzzUnknown: 1 }),
      field: 'body',
    });
    add({
      what: '100,000-deep JSON where no body belongs',
      url: () => urlOf(op),
      payload: deepJson(100_000),
      contentType: 'application/json',
      field: 'body',
    });
  }
  if (op.body || (OWN_BODY.has(route) && op.method === 'POST' && !CSV_STREAMS.some((p) => route.includes(p))))
    add({
      what: '100,000-deep JSON inside the body',
      url: () => urlOf(op),
      payload: `{"zzzDeep":${deepJson(100_000)}}`,
      contentType: 'application/json',
      field: 'body.zzzDeep',
      ...(headers && { headers }),
    });
  if (!op.body) return cases;

  if (op.method === 'PATCH' || op.method === 'PUT')
    add({ what: 'an empty change {}', url: () => urlOf(op), ...json({}), field: 'body' });

  for (const slot of slotsOf(op.body)) {
    const at = slot.path.join('.') || '(the body)';
    const field = fieldPath('body', slot.field);
    const put = (what: string, value: unknown) =>
      add({ what, url: () => urlOf(op), ...json(slot.place(value)), field, ...(headers && { headers }) });
    if (slot.kind === 'string' || slot.kind === 'any') {
      put(`NUL in ${at}`, NUL);
      put(`an unpaired surrogate in ${at}`, SURROGATE);
    } else if (slot.kind === 'number') {
      for (const n of HUGE_NUMBERS) put(`${n === 2 ** 63 ? '2^63' : n} in ${at}`, n);
    } else {
      add({
        what: `an unknown field in ${at}`,
        url: () => urlOf(op),
        ...json(slot.place({ ...(sample(slot.schema) as object), zzzUnknown: 1 })),
        field: fieldPath('body', [...slot.path, 'zzzUnknown']),
        ...(headers && { headers }),
      });
    }
  }
  return cases;
}

/** Every field an error body names, as `body.a.0.b`, whichever of the API's error shapes it has. */
function namedFields(details: Record<string, unknown>): string[] {
  const dotted = (s: string) => s.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
  const issues = ((details.issues ?? []) as { field?: unknown }[]).map((i) => i.field);
  // The workspace document lists `problems` with paths inside the document.
  const problems = ((details.problems ?? []) as { path?: unknown }[]).map((p) => `body.${String(p.path)}`);
  // /collect reports the fields of each rejected event; the case sends the event as the body.
  const rejected = ((details.rejected ?? []) as { errors?: { field?: unknown }[] }[]).flatMap((r) =>
    (r.errors ?? []).map((e) => `body.${String(e.field)}`),
  );
  return [...issues, details.field, ...problems, ...rejected]
    .filter((x): x is string => typeof x === 'string')
    .map(dotted);
}

async function send(c: Case): Promise<LightMyRequestResponse> {
  return api.raw({
    method: c.method,
    url: c.url(),
    ...(c.payload !== undefined && { payload: c.payload }),
    headers: {
      ...(c.contentType && { 'content-type': c.contentType }),
      ...(c.headers && { 'x-write-key': known.writeKey as string }),
    },
  });
}

const cases = operations.flatMap(casesOf);

describe('bad input to every route of the OpenAPI document', () => {
  it('has cases for every operation', () => {
    expect(operations.length).toBeGreaterThan(100);
    const covered = new Set(cases.map((c) => c.route));
    expect(operations.map((op) => `${op.method} ${op.path}`).filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.route}: ${c.what}`, c] as const))(
    '%s → 400 naming the field, nothing written',
    async (_label, c) => {
      const res = await send(c);
      expect(res.statusCode, res.body).toBe(400);
      const { error } = res.json<{
        error: { code: string; message: string; details: Record<string, unknown> };
      }>();
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(/\w{3}/);
      const fields = namedFields(error.details);
      expect(
        fields.some((f) => f === c.field || f.startsWith(`${c.field}.`)),
        `${c.field} not in ${JSON.stringify(fields)}`,
      ).toBe(true);
      expect(await state()).toEqual(before);
    },
  );
});
