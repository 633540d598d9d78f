import { describe, expect, it } from 'vitest';
import {
  createEditorialChannel,
  listEditorialChannels,
  updateEditorialChannel,
} from '../../src/services/editorialPlan/editorialChannels';
import { createEditorialItem, listEditorialItems } from '../../src/services/editorialPlan/editorialItems';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The editorial plan travels with the workspace document, channels once, items with their refs. */
describe('editorial plan in the workspace document', () => {
  it('round-trips channels with their targets and items with persona, phase and owner', async () => {
    const ws = await aWorkspace(testDb());
    const { ctx } = ws;
    const tp = await aTouchpoint(ctx, { name: 'Website' });
    const persona = await aPersona(ctx, { name: 'Einkäuferin' });
    const phase = ws.workspace.journeyModel.phases[1];
    const [linkedIn] = await listEditorialChannels(ctx);
    must(await updateEditorialChannel(ctx, linkedIn?.id ?? '', { name: 'LinkedIn DE', targetCount: 2 }));
    const podcast = must(
      await createEditorialChannel(ctx, {
        name: 'Podcast',
        position: 5,
        measuredBy: 'web',
        touchpointId: tp.id,
        targetCount: 1,
        targetPeriod: 'month',
      }),
    );
    must(
      await createEditorialItem(ctx, {
        channelId: linkedIn?.id ?? '',
        title: 'Fräsen im Detail',
        format: 'video',
        personaId: persona.id,
        phaseId: phase?.id ?? null,
        ownerUserId: ws.owner.id,
        plannedAt: '2026-03-03T09:30:00+01:00',
        status: 'published',
        publishedUrl: 'https://www.linkedin.com/posts/1',
        autoPublish: true,
        notes: 'mit Kunde abgestimmt',
      }),
    );
    must(
      await createEditorialItem(ctx, {
        channelId: podcast.id,
        title: 'Folge 1',
        plannedAt: '2026-04-01T08:00:00Z',
      }),
    );

    const doc = await exportWorkspaceDocument(ctx);
    expect(doc.editorialChannels?.map((c) => c.name)).toEqual([
      'LinkedIn DE',
      'Xing',
      'Newsletter',
      'Blog',
      'Fachpresse',
      'Podcast',
    ]);
    expect(doc.editorialItems[0]).toMatchObject({ owner: ws.owner.email, phase: expect.stringMatching(/:/) });

    const imported = must(await importWorkspaceDocument(testDb(), doc, { ownerUserId: ws.owner.id }));
    expect(imported.counts).toMatchObject({ editorialChannels: 6, editorialItems: 2 });
    const copy = { ...ctx, workspaceId: imported.workspaceId };
    const channels = await listEditorialChannels(copy);
    expect(channels.map((c) => [c.name, c.targetCount, c.targetPeriod, c.measuredBy])).toEqual([
      ['LinkedIn DE', 2, 'week', 'social'],
      ['Xing', null, 'week', 'social'],
      ['Newsletter', null, 'week', 'email'],
      ['Blog', null, 'week', 'web'],
      ['Fachpresse', null, 'week', 'none'],
      ['Podcast', 1, 'month', 'web'],
    ]);
    expect(channels[5]?.touchpointId).toBeTruthy();
    expect(channels[5]?.touchpointId).not.toBe(tp.id);
    const items = must(await listEditorialItems(copy));
    expect(items).toHaveLength(2);
    const [first, second] = items;
    expect(first).toMatchObject({
      channelId: channels[0]?.id,
      title: 'Fräsen im Detail',
      format: 'video',
      ownerUserId: ws.owner.id,
      plannedAt: '2026-03-03T08:30:00.000Z',
      status: 'published',
      publishedUrl: 'https://www.linkedin.com/posts/1',
      autoPublish: true,
      notes: 'mit Kunde abgestimmt',
    });
    expect(first?.personaId).toBeTruthy();
    expect(first?.personaId).not.toBe(persona.id);
    expect(first?.phaseId).toBeTruthy();
    expect(second).toMatchObject({ channelId: channels[5]?.id, status: 'idea', ownerUserId: null });
  });

  it('gives a document without channels the starting five once, and its items name them', async () => {
    const ws = await aWorkspace(testDb());
    const { editorialChannels: _left, ...doc } = await exportWorkspaceDocument(ws.ctx);
    const imported = must(
      await importWorkspaceDocument(
        testDb(),
        {
          ...doc,
          editorialItems: [
            {
              channel: 'Newsletter',
              title: 'März',
              plannedAt: '2026-03-05T07:00:00Z',
              owner: 'nobody@example.com',
            },
          ],
        },
        { ownerUserId: ws.owner.id },
      ),
    );
    const copy = { ...ws.ctx, workspaceId: imported.workspaceId };
    const channels = await listEditorialChannels(copy);
    expect(channels.map((c) => c.name)).toEqual(['LinkedIn', 'Xing', 'Newsletter', 'Blog', 'Fachpresse']);
    const items = must(await listEditorialItems(copy));
    expect(items.map((i) => [i.channelId, i.ownerUserId])).toEqual([[channels[2]?.id, null]]);
  });

  it('names the place of an unknown channel, persona or phase and of a duplicate channel', async () => {
    const ws = await aWorkspace(testDb());
    const doc = await exportWorkspaceDocument(ws.ctx);
    const result = await importWorkspaceDocument(
      testDb(),
      {
        ...doc,
        editorialChannels: [
          { ref: 'c1', name: 'LinkedIn', touchpoint: 'nope' },
          { ref: 'c2', name: 'LinkedIn' },
        ],
        editorialItems: [
          { channel: 'c9', title: 'x', plannedAt: '2026-03-05T07:00:00Z', persona: 'p9', phase: 'm:k' },
        ],
      },
      { ownerUserId: ws.owner.id },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details?.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toEqual([
      'editorialChannels[0].touchpoint',
      'editorialChannels[1].name',
      'editorialItems[0].channel',
      'editorialItems[0].persona',
      'editorialItems[0].phase',
    ]);
  });
});
