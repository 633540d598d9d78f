import { describe, expect, it } from 'vitest';
import type { LeadPage } from '../../src/contract/scoring';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { apiAs } from '../support/app';
import { aUser } from '../support/builders';
import { testDb } from '../support/db';

const NOW = new Date('2026-10-15T09:30:00Z');

describe('the demo workspace', () => {
  it('has believable leads: MQLs, SALs, SQLs and customers, each score explained', async () => {
    const db = testDb();
    const owner = await aUser(db, 'Demo Owner');
    const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: owner.id });
    if (!imported.ok) throw new Error(imported.error.message);
    const ws = imported.value.workspaceId;
    await loadDemoLiveData(db, ws, { now: NOW });
    const api = await apiAs(owner.token);
    const count = async (stage: string) =>
      (await api.get(`/workspaces/${ws}/leads?stage=${stage}&limit=200`)).json<LeadPage>().items.length;
    const counts = Object.fromEntries(
      await Promise.all(
        ['lead', 'mql', 'sal', 'sql', 'customer'].map(async (s) => [s, await count(s)] as const),
      ),
    );
    expect(counts.sal).toBe(3);
    expect(counts.sql).toBe(3);
    expect(counts.mql).toBeGreaterThan(0);
    expect(counts.customer).toBeGreaterThan(0);
    const top = (await api.get(`/workspaces/${ws}/leads?limit=1`)).json<LeadPage>().items[0];
    const score = (await api.get(`/workspaces/${ws}/profiles/${top?.profileId}/score`)).json();
    const sum = score.lines.reduce((s: number, l: { points: number }) => s + l.points, 0);
    expect(Math.round(sum * 100) / 100).toBe(score.total);
  }, 300_000);
});
