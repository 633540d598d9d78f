import { describe, expect, it } from 'vitest';
import type { TouchpointJourneys, TouchpointLink } from '../../src/contract/touchpointLinks';
import { deleteTouchpoint, retireTouchpoint } from '../../src/services/touchpoints';
import { deletePersona } from '../../src/services/personas';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

async function aLinkedWorkspace() {
  const ws = await aWorkspace(testDb());
  const [fair, quote, order] = await Promise.all(
    ['Messe', 'Angebot', 'Auftrag'].map((name) => aTouchpoint(ws.ctx, { name })),
  );
  if (!fair || !quote || !order) throw new Error('touchpoints missing');
  const api = await apiAs(ws.owner.token);
  const base = `/workspaces/${ws.workspace.id}/touchpoint-links`;
  return { ws, fair, quote, order, api, base };
}

/** Issue 12: a touchpoint leads to others (seed 001, step 4: the trade-fair contact leads to the quote). */
describe('/workspaces/:id/touchpoint-links', () => {
  it('an editor links touchpoints, everyone reads the links and the journeys, the link can go again', async () => {
    const { ws, fair, quote, order, api, base } = await aLinkedWorkspace();
    const editor = await ws.member('editor');
    const asEditor = await apiAs(editor.token);
    const first = await asEditor.post(base, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      label: 'Kontakt am Stand',
    });
    expect(first.statusCode).toBe(201);
    const link = first.json<TouchpointLink>();
    expect(link).toMatchObject({
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      personaId: null,
      label: 'Kontakt am Stand',
      createdBy: editor.id,
    });
    expect((await api.post(base, { fromTouchpointId: quote.id, toTouchpointId: order.id })).statusCode).toBe(
      201,
    );

    const viewer = await apiAs((await ws.member('viewer')).token);
    const list = await viewer.get(base);
    expect(list.statusCode).toBe(200);
    expect(list.json<TouchpointLink[]>().map((l) => [l.fromTouchpointId, l.toTouchpointId])).toEqual([
      [fair.id, quote.id],
      [quote.id, order.id],
    ]);
    const journeys = await viewer.get(`${base}/journeys`);
    expect(journeys.json<TouchpointJourneys>()).toEqual({
      entries: [fair.id],
      paths: [[fair.id, quote.id, order.id]],
      cycles: [],
      truncated: false,
    });

    // A viewer may not write.
    expect(
      (await viewer.post(base, { fromTouchpointId: order.id, toTouchpointId: fair.id })).statusCode,
    ).toBe(403);
    expect((await viewer.delete(`${base}/${link.id}`)).statusCode).toBe(403);

    expect((await asEditor.delete(`${base}/${link.id}`)).json()).toEqual({ id: link.id });
    expect((await api.delete(`${base}/${link.id}`)).statusCode).toBe(404);
    expect((await api.get(base)).json<TouchpointLink[]>()).toHaveLength(1);
  });

  it('reports a cycle rather than refusing it', async () => {
    const { fair, quote, api, base } = await aLinkedWorkspace();
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id });
    expect((await api.post(base, { fromTouchpointId: quote.id, toTouchpointId: fair.id })).statusCode).toBe(
      201,
    );
    const journeys = (await api.get(`${base}/journeys`)).json<TouchpointJourneys>();
    expect(journeys.entries).toEqual([]);
    expect(journeys.cycles).toHaveLength(1);
    expect(new Set(journeys.cycles[0])).toEqual(new Set([fair.id, quote.id]));
  });

  it('leaves a retired touchpoint out of the journeys but keeps its links for a restore', async () => {
    const { ws, fair, quote, order, api, base } = await aLinkedWorkspace();
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id });
    await api.post(base, { fromTouchpointId: quote.id, toTouchpointId: order.id });
    expect((await retireTouchpoint(ws.ctx, fair.id, 'Messe abgesagt')).ok).toBe(true);
    expect((await api.get(`${base}/journeys`)).json<TouchpointJourneys>().paths).toEqual([
      [quote.id, order.id],
    ]);
    expect((await api.get(base)).json()).toHaveLength(2);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { ws, fair, quote, api, base } = await aLinkedWorkspace();
    const self = await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: fair.id });
    expect(self.statusCode).toBe(400);
    expect(self.json()).toMatchObject({
      error: { code: 'validation_failed', details: { field: 'toTouchpointId' } },
    });
    const unknown = await api.post(base, {
      fromTouchpointId: '00000000-0000-4000-8000-000000000000',
      toTouchpointId: quote.id,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: { details: { field: 'fromTouchpointId' } } });
    const typo = await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id, lable: 'x' });
    expect(typo.statusCode).toBe(400);
    expect(JSON.stringify(typo.json())).toContain('lable');
    const notUuid = await api.post(base, { fromTouchpointId: 'messe', toTouchpointId: quote.id });
    expect(notUuid.statusCode).toBe(400);
    expect(JSON.stringify(notUuid.json())).toContain('body.fromTouchpointId');
    const longLabel = await api.post(base, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      label: 'x'.repeat(201),
    });
    expect(longLabel.statusCode).toBe(400);
    const persona = await api.post(base, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      personaId: '00000000-0000-4000-8000-000000000000',
    });
    expect(persona.json()).toMatchObject({ error: { details: { field: 'personaId' } } });
    expect((await api.get(base)).json()).toEqual([]);

    expect((await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id })).statusCode).toBe(
      201,
    );
    const twice = await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'conflict', details: { field: 'toTouchpointId' } } });
    // The same pair for one persona is a link of its own; asked for that persona, both show.
    const buyer = await aPersona(ws.ctx, { name: 'Einkauf' });
    const forBuyer = await api.post(base, {
      fromTouchpointId: fair.id,
      toTouchpointId: quote.id,
      personaId: buyer.id,
    });
    expect(forBuyer.statusCode).toBe(201);
    expect((await api.get(`${base}?personaId=${buyer.id}`)).json<TouchpointLink[]>()).toHaveLength(2);
    expect(
      (await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id, personaId: buyer.id }))
        .statusCode,
    ).toBe(409);
  });

  it("never links into, lists or deletes another workspace's touchpoints", async () => {
    const mine = await aLinkedWorkspace();
    const theirs = await aLinkedWorkspace();
    const foreign = await mine.api.post(mine.base, {
      fromTouchpointId: mine.fair.id,
      toTouchpointId: theirs.quote.id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toMatchObject({ error: { details: { field: 'toTouchpointId' } } });
    const theirLink = (
      await theirs.api.post(theirs.base, {
        fromTouchpointId: theirs.fair.id,
        toTouchpointId: theirs.quote.id,
      })
    ).json<TouchpointLink>();
    expect((await mine.api.get(mine.base)).json()).toEqual([]);
    expect((await mine.api.delete(`${mine.base}/${theirLink.id}`)).statusCode).toBe(404);
    // Their workspace's address is not found for me.
    expect((await mine.api.get(theirs.base)).statusCode).toBe(404);
    expect((await theirs.api.get(theirs.base)).json()).toHaveLength(1);
  });

  it('deleting a touchpoint or a persona deletes its links', async () => {
    const { ws, fair, quote, order, api, base } = await aLinkedWorkspace();
    const buyer = await aPersona(ws.ctx, { name: 'Einkauf' });
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id });
    await api.post(base, { fromTouchpointId: quote.id, toTouchpointId: order.id });
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: order.id, personaId: buyer.id });
    expect((await deleteTouchpoint(ws.ctx, quote.id)).ok).toBe(true);
    expect((await api.get(base)).json<TouchpointLink[]>().map((l) => l.toTouchpointId)).toEqual([order.id]);
    expect((await deletePersona(ws.ctx, buyer.id)).ok).toBe(true);
    expect((await api.get(base)).json()).toEqual([]);
  });

  it('travels with the workspace document: export, import, export again', async () => {
    const { ws, fair, quote, order, api, base } = await aLinkedWorkspace();
    const buyer = await aPersona(ws.ctx, { name: 'Einkauf' });
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: quote.id, label: 'Kontakt am Stand' });
    await api.post(base, { fromTouchpointId: quote.id, toTouchpointId: order.id, personaId: buyer.id });
    const doc = await exportWorkspaceDocument(ws.ctx);
    expect(doc.touchpointLinks).toEqual([
      { from: fair.id, to: quote.id, persona: null, label: 'Kontakt am Stand' },
      { from: quote.id, to: order.id, persona: buyer.id, label: '' },
    ]);
    const imported = await importWorkspaceDocument(testDb(), JSON.parse(JSON.stringify(doc)));
    if (!imported.ok) throw new Error(JSON.stringify(imported.error));
    expect(imported.value.counts.touchpointLinks).toBe(2);
    const copy = await exportWorkspaceDocument({ ...ws.ctx, workspaceId: imported.value.workspaceId });
    const nameOf = (d: typeof doc, ref: string | null) =>
      d.touchpoints.find((t) => t.ref === ref)?.name ?? d.personas.find((p) => p.ref === ref)?.name ?? null;
    const named = (d: typeof doc) =>
      d.touchpointLinks
        .map((l) => [nameOf(d, l.from), nameOf(d, l.to), nameOf(d, l.persona), l.label])
        // Links imported in one statement share their creation time, so their order is not kept.
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(named(copy)).toEqual(named(doc));
    expect(named(copy)).toEqual([
      ['Angebot', 'Auftrag', 'Einkauf', ''],
      ['Messe', 'Angebot', null, 'Kontakt am Stand'],
    ]);
  });

  it('refuses a document whose links point nowhere, naming each problem', async () => {
    const { ws, fair, api, base } = await aLinkedWorkspace();
    await api.post(base, { fromTouchpointId: fair.id, toTouchpointId: fair.id });
    const doc = await exportWorkspaceDocument(ws.ctx);
    const bad = {
      ...doc,
      touchpointLinks: [
        { from: fair.id, to: 'nowhere' },
        { from: fair.id, to: fair.id },
        { from: fair.id, to: doc.touchpoints[1]?.ref, persona: 'nobody' },
        { from: fair.id, to: doc.touchpoints[1]?.ref, colour: 'red' },
      ],
    };
    const result = await importWorkspaceDocument(testDb(), bad);
    expect(result.ok).toBe(false);
    const problems = !result.ok ? (result.error.details?.problems as { path: string }[]) : [];
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['touchpointLinks[3].colour']));
    const again = await importWorkspaceDocument(testDb(), {
      ...bad,
      touchpointLinks: bad.touchpointLinks.slice(0, 3),
    });
    const paths = !again.ok ? (again.error.details?.problems as { path: string }[]).map((p) => p.path) : [];
    expect(paths).toEqual(['touchpointLinks[0].to', 'touchpointLinks[1].to', 'touchpointLinks[2].persona']);
  });
});
