import { describe, expect, it } from 'vitest';
import type { TouchpointLink } from '../../src/contract/touchpointLinks';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/** Issue 12: linking two touchpoints, or removing the link, is a change of both, told in their history. */
describe('the history of a touchpoint link', () => {
  it('tells both touchpoints that a link was added and removed, naming the other one', async () => {
    const ws = await aWorkspace(testDb());
    const fair = await aTouchpoint(ws.ctx, { name: 'Messe' });
    const quote = await aTouchpoint(ws.ctx, { name: 'Angebot' });
    const persona = await aPersona(ws.ctx, { name: 'Einkauf' });
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}`;
    const historyOf = async (id: string) =>
      (await api.get(`${base}/touchpoints/${id}/history`)).json<
        { action: string; actor: string; changes: Record<string, unknown> }[]
      >();

    const created = await api.post(`${base}/touchpoint-links`, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      personaId: persona.id,
      label: 'Kontakt am Stand',
    });
    expect(created.statusCode).toBe(201);
    const link = created.json<TouchpointLink>();
    const [fairAdded] = await historyOf(fair.id);
    expect(fairAdded).toMatchObject({
      action: 'link_added',
      actor: ws.owner.name,
      changes: {
        direction: 'to',
        otherTouchpointId: quote.id,
        otherName: 'Angebot',
        label: 'Kontakt am Stand',
        personaName: 'Einkauf',
      },
    });
    const [quoteAdded] = await historyOf(quote.id);
    expect(quoteAdded).toMatchObject({
      action: 'link_added',
      changes: { direction: 'from', otherTouchpointId: fair.id, otherName: 'Messe' },
    });

    // A link that exists already is refused and leaves no entry.
    await api.post(`${base}/touchpoint-links`, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      personaId: persona.id,
    });
    expect((await historyOf(fair.id)).filter((e) => e.action === 'link_added')).toHaveLength(1);

    expect((await api.delete(`${base}/touchpoint-links/${link.id}`)).statusCode).toBe(200);
    expect((await historyOf(fair.id))[0]).toMatchObject({
      action: 'link_removed',
      changes: { direction: 'to', otherName: 'Angebot', personaName: 'Einkauf' },
    });
    expect((await historyOf(quote.id))[0]).toMatchObject({
      action: 'link_removed',
      changes: { direction: 'from', otherName: 'Messe' },
    });
  });
});
