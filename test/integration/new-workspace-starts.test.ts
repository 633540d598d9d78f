import { describe, expect, it } from 'vitest';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { apiAs } from '../support/app';
import { aUser } from '../support/builders';
import { testDb } from '../support/db';

/**
 * A new company or a consultant creates workspaces through the API the web app's dialog calls: empty,
 * from the method template, a copy of the demo, or an imported document under a name of their own.
 */
describe('POST /workspaces with a start', () => {
  async function aClient() {
    const user = await aUser(testDb(), 'Consultant');
    return apiAs(user.token);
  }
  async function personas(api: Awaited<ReturnType<typeof aClient>>, id: string) {
    return (await api.get(`/workspaces/${id}/personas`)).json<{ name: string }[]>();
  }
  async function touchpointCount(api: Awaited<ReturnType<typeof aClient>>, id: string) {
    return (await api.get(`/workspaces/${id}/touchpoints`)).json<unknown[]>().length;
  }

  it('starts empty with the chosen journey model and the caller as owner', async () => {
    const api = await aClient();
    const res = await api.post('/workspaces', { name: 'Müller GmbH', journeyModel: { kind: 'seven_stage' } });
    expect(res.statusCode).toBe(201);
    const ws = res.json<{ id: string; journeyModel: { kind: string; phases: unknown[] } }>();
    expect(ws.journeyModel.kind).toBe('seven_stage');
    expect(ws.journeyModel.phases).toHaveLength(7);
    expect(await personas(api, ws.id)).toEqual([]);
    expect(await touchpointCount(api, ws.id)).toBe(0);
    const me = (await api.get('/auth/me')).json<{ workspaces: { workspaceId: string; role: string }[] }>();
    expect(me.workspaces).toContainEqual(expect.objectContaining({ workspaceId: ws.id, role: 'owner' }));
  });

  it('starts from the method template: the model, persona skeletons in its language, no demo data', async () => {
    const api = await aClient();
    const res = await api.post('/workspaces', {
      name: 'Client A',
      start: 'template',
      journeyModel: { kind: 'need_buy_use' },
      locale: 'en',
    });
    expect(res.statusCode).toBe(201);
    const ws = res.json<{ id: string; locale: string; journeyModel: { kind: string; name: string } }>();
    expect(ws.journeyModel.kind).toBe('need_buy_use');
    expect(ws.locale).toBe('en');
    expect((await personas(api, ws.id)).map((p) => p.name)).toEqual([
      'Decision maker (purchasing / management)',
      'Influencer (recommendation / advice)',
      'User (engineering / department)',
    ]);
    expect(await touchpointCount(api, ws.id)).toBe(0);
  });

  it('refuses a custom model for the template, naming the field', async () => {
    const api = await aClient();
    const res = await api.post('/workspaces', {
      name: 'X',
      start: 'template',
      journeyModel: { kind: 'custom', name: 'Mine', phases: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string } } }>().error.details.field).toBe(
      'journeyModel.kind',
    );
  });

  it('copies the demo under the new name', async () => {
    const api = await aClient();
    const res = await api.post('/workspaces', { name: 'Demo zum Ausprobieren', start: 'demo' });
    expect(res.statusCode).toBe(201);
    const ws = res.json<{ id: string; name: string }>();
    expect(ws.name).toBe('Demo zum Ausprobieren');
    // The list leaves retired touchpoints out, as in the demo itself.
    const active = schmidtDemoDocument.touchpoints?.filter((t) => !t.retired).length;
    expect(await touchpointCount(api, ws.id)).toBe(active);
  });

  it('imports a document under a name given in the query', async () => {
    const api = await aClient();
    const res = await api.post('/workspaces/import?name=Kunde%20B', schmidtDemoDocument);
    expect(res.statusCode).toBe(201);
    const id = res.json<{ workspaceId: string }>().workspaceId;
    expect((await api.get(`/workspaces/${id}`)).json<{ name: string }>().name).toBe('Kunde B');
  });
});
