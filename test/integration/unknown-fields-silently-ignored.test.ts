import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type ApiClient } from '../support/app';
import { aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * `POST /personas {"name":"x","zzzUnknown":1}` answered 201 and dropped the field: a typo lost data
 * without a word, on 27 routes. Request bodies are strict now; each unknown field is named, first.
 */

let ws: TestWorkspace;
let api: ApiClient;
const base = () => `/workspaces/${ws.workspace.id}`;
const state = () => workspaceSnapshot(testDb(), ws.workspace.id, ws.owner.id);

beforeAll(async () => {
  ws = await aWorkspace(testDb());
  api = await apiAs(ws.owner.token);
});

describe('an unknown field in a request body', () => {
  it('is refused naming it, and nothing is stored', async () => {
    const before = await state();
    const res = await api.post(`${base()}/personas`, { name: 'x', zzzUnknown: 1 });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      message: 'body.zzzUnknown: is not a known field',
      details: { issues: [{ field: 'body.zzzUnknown', code: 'unrecognized_keys' }] },
    });
    expect(await state()).toEqual(before);
  });

  it('is named before the field it was probably meant to be', async () => {
    const res = await api.post(`${base()}/personas`, { nmae: 'Einkäuferin' });
    const fields = res.json().error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(['body.nmae', 'body.name']);
    expect(res.json().error.message).toBe('body.nmae: is not a known field');
  });

  it.each([
    [
      'in a list of objects',
      '/content-assets',
      {
        title: 'T',
        mappings: [
          {
            personaId: '00000000-0000-4000-8000-000000000000',
            phaseId: '00000000-0000-4000-8000-000000000000',
            weight: 1,
          },
        ],
      },
      'body.mappings.0.weight',
    ],
    [
      'in a segment',
      '/mailings',
      { name: 'M', subject: 'S', bodyText: 'x', segment: { kind: 'all', kindd: 'x' } },
      'body.segment.kindd',
    ],
    [
      'in a new journey model phase',
      '/journey-models',
      { kind: 'custom', name: 'C', phases: [{ key: 'a', nameDe: 'A', nameEn: 'A', colour: 'red' }] },
      'body.phases.0.colour',
    ],
  ])('is refused %s, naming its path', async (_where, path, body, field) => {
    const res = await api.post(`${base()}${path}`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.issues.map((i: { field: string }) => i.field)).toContain(field);
  });

  it('of a workspace document is a problem of the import, with its path', async () => {
    const res = await api.post('/workspaces/import', {
      format: 'touchpoint.workspace',
      version: 1,
      workspace: { name: 'Imported' },
      journeyModels: [
        { ref: 'm', kind: 'aidala', name: 'AIDA', phases: [{ key: 'a', nameDe: 'A', nameEn: 'A' }] },
      ],
      persons: [{ ref: 'p', name: 'Typo in the list name' }],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details.problems).toContainEqual({
      path: 'persons',
      message: 'is not a known field',
    });
  });
});
