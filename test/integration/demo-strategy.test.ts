import { describe, expect, it } from 'vitest';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { listEditorialChannels } from '../../src/services/editorialPlan/editorialChannels';
import { getFrequencyStatus } from '../../src/services/editorialPlan/getFrequencyStatus';
import { listEditorialItems } from '../../src/services/editorialPlan/editorialItems';
import { listGoals } from '../../src/services/strategy/goals';
import { listSwotEntries } from '../../src/services/strategy/swotEntries';
import { importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/** The imported demo shows its strategy with goals on and off track and a plan around today. */
describe('the demo workspace strategy and editorial plan', () => {
  it('imports SWOT, goals with both statuses, five channels once and posts before and after today', async () => {
    const ws = await aWorkspace(testDb());
    const imported = await importWorkspaceDocument(testDb(), schmidtDemoDocument, {
      ownerUserId: ws.owner.id,
    });
    if (!imported.ok) throw new Error(imported.error.message);
    const ctx = { ...ws.ctx, workspaceId: imported.value.workspaceId };

    const swot = await listSwotEntries(ctx);
    expect(swot.filter((e) => e.touchpointId !== null).length).toBeGreaterThan(0);
    expect(swot.filter((e) => e.touchpointId === null).length).toBeGreaterThan(0);
    const statuses = new Set((await listGoals(ctx)).map((g) => g.status));
    expect(statuses.has('on_track')).toBe(true);
    expect(statuses.has('off_track')).toBe(true);

    const channels = await listEditorialChannels(ctx);
    expect(channels.map((c) => c.name)).toEqual(['LinkedIn', 'Xing', 'Newsletter', 'Blog', 'Fachpresse']);
    const items = await listEditorialItems(ctx);
    if (!items.ok) throw new Error(items.error.message);
    const now = Date.now();
    expect(items.value.some((i) => i.status === 'published' && Date.parse(i.plannedAt) < now)).toBe(true);
    expect(items.value.some((i) => i.status === 'planned' && Date.parse(i.plannedAt) > now)).toBe(true);
    const linkedIn = (await getFrequencyStatus(ctx)).find((f) => f.channelName === 'LinkedIn');
    expect(linkedIn?.coming.planned).toBeGreaterThan(0);
  });
});
