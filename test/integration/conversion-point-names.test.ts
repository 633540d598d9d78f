import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

/** Issue 12: the analytics showed conversion points by their raw keys ("rueckrufbitte"). */
describe('conversion point names', () => {
  it('are set, shown with the conversions, and removed by an empty name', async () => {
    const db = testDb();
    const ws = await aWorkspace(db);
    const day = new Date().toISOString().slice(0, 10);
    await db
      .insertInto('daily_conversion_stats')
      .values({ workspace_id: ws.workspace.id, day, conversion_point: 'rueckrufbitte', conversions: 3 })
      .execute();
    const api = await apiAs(ws.owner.token);
    const base = `/workspaces/${ws.workspace.id}`;
    const points = async () =>
      (await api.get(`${base}/analytics/web?from=${day}&to=${day}`)).json<{
        conversionPoints: { conversionPoint: string; name: string | null; conversions: number }[];
      }>().conversionPoints;

    expect(await points()).toMatchObject([{ conversionPoint: 'rueckrufbitte', name: null, conversions: 3 }]);
    const named = await api.put(`${base}/conversion-points/rueckrufbitte`, { name: ' Rückrufbitte ' });
    expect(named.statusCode).toBe(200);
    expect(await points()).toMatchObject([{ conversionPoint: 'rueckrufbitte', name: 'Rückrufbitte' }]);
    expect((await api.get(`${base}/conversion-points`)).json()).toEqual([
      { conversionPoint: 'rueckrufbitte', name: 'Rückrufbitte' },
    ]);
    await api.put(`${base}/conversion-points/rueckrufbitte`, { name: '' });
    expect(await points()).toMatchObject([{ conversionPoint: 'rueckrufbitte', name: null }]);
  });
});
