import { beforeAll, describe, expect, it } from 'vitest';
import type { AttributionReport } from '../../src/contract/attribution';
import type { Campaign, CampaignRoi } from '../../src/contract/campaigns';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { loadDemoLiveData } from '../../src/demo/schmidtLiveData';
import { importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { apiAs } from '../support/app';
import { aUser } from '../support/builders';
import { testDb } from '../support/db';

/** Attribution and campaign ROI on the demo workspace, loaded as `npm start` loads it. */
const NOW = new Date('2026-10-15T09:30:00Z');
const WHOLE_PERIOD = 'from=2026-08-01&to=2026-10-15';

let get: <T>(path: string) => Promise<T>;
beforeAll(async () => {
  const db = testDb();
  const owner = await aUser(db, 'Demo Owner');
  const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: owner.id });
  if (!imported.ok) throw new Error(imported.error.message);
  const workspaceId = imported.value.workspaceId;
  await loadDemoLiveData(db, workspaceId, { now: NOW });
  const api = await apiAs(owner.token);
  get = async <T>(path: string): Promise<T> => {
    const response = await api.get(`/workspaces/${workspaceId}${path}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
}, 90_000);

describe('attribution in the demo workspace', () => {
  it('has campaigns with costs that match the utm campaigns of its events', async () => {
    const campaigns = await get<Campaign[]>('/campaigns');
    expect(campaigns.map((c) => c.name).sort()).toEqual([
      'LinkedIn-Beiträge',
      'Newsletter „Schmidt aktuell“',
      'Zuliefermesse (Stand und QR-Code)',
    ]);
    for (const c of campaigns) expect(c.utmCampaigns.length).toBeGreaterThan(0);
  });

  it('credits touchpoints under every model, each adding up to the attributed conversions and revenue', async () => {
    const report = await get<AttributionReport>(`/analytics/attribution?${WHOLE_PERIOD}`);
    expect(report.totals.convertingJourneys).toBeGreaterThan(20);
    expect(report.totals.value).toBeGreaterThan(0);
    expect(report.rows.length).toBeGreaterThan(3);
    for (const model of report.models) {
      const conversions = report.rows.reduce((s, r) => s + (r.conversions[model] ?? 0), 0);
      const value = report.rows.reduce((s, r) => s + (r.value[model] ?? 0), 0);
      expect(conversions).toBeCloseTo(report.totals.conversions, 6);
      expect(value).toBeCloseTo(report.totals.value, 4);
    }
  });

  it('shows ROI per campaign, and "no cost entered" for the newsletter', async () => {
    const roi = await get<CampaignRoi>(`/analytics/campaign-roi?${WHOLE_PERIOD}&model=linear`);
    const letter = roi.campaigns.find((c) => c.name.startsWith('Newsletter'));
    expect(letter).toMatchObject({ gap: 'no_cost', roi: null });
    const credited = roi.campaigns.filter((c) => c.conversions > 0);
    expect(credited.length).toBeGreaterThan(0);
    expect(JSON.stringify(roi)).not.toMatch(/Infinity|NaN/);
  });
});
