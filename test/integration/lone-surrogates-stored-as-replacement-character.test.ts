import { beforeAll, describe, expect, it } from 'vitest';
import { apiAs, type ApiClient } from '../support/app';
import { aWorkspace, type TestWorkspace } from '../support/builders';
import { testDb } from '../support/db';
import { workspaceSnapshot } from '../support/workspaceSnapshot';

/**
 * `"a\ud800b"` is valid JSON but not Unicode: PostgreSQL got U+FFFD instead and the API answered 2xx,
 * so what was read back was not what was sent. Such text is refused now, naming the field; everything
 * that is Unicode (U+FFFD itself included) is kept exactly as sent.
 */

let ws: TestWorkspace;
let api: ApiClient;
const base = () => `/workspaces/${ws.workspace.id}`;

beforeAll(async () => {
  ws = await aWorkspace(testDb());
  api = await apiAs(ws.owner.token);
});

describe('text in a request body', () => {
  it.each([
    ['a lone high surrogate', 'a\ud800b'],
    ['a lone low surrogate', '\udc00'],
    ['a NUL character', 'a\u0000b'],
  ])('with %s is refused naming the field, and nothing is stored', async (_what, bad) => {
    const before = await workspaceSnapshot(testDb(), ws.workspace.id, ws.owner.id);
    const res = await api.post(`${base()}/personas`, { name: 'Fine', needs: ['ok', bad] });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: 'body.needs.1', code: 'unstorable_text' }] },
    });
    expect(await workspaceSnapshot(testDb(), ws.workspace.id, ws.owner.id)).toEqual(before);
  });

  it('that is Unicode is stored and read back exactly as sent', async () => {
    const name = 'Einkäuferin 🎪 Stra\ufffde \u00ad\u200b';
    const description = 'Zeile 1\r\nZeile 2\tTab \u0001 \u{1f600}';
    const created = await api.post(`${base()}/personas`, { name, description, needs: ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢'] });
    expect(created.statusCode, created.body).toBe(201);
    const read = (await api.get(`${base()}/personas/${created.json().id}`)).json();
    expect(read).toMatchObject({ name, description, needs: ['𝔘𝔫𝔦𝔠𝔬𝔡𝔢'] });
  });
});
