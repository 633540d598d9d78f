import { describe, expect, it } from 'vitest';
import {
  nameConversionPoint,
  listConversionPointNames,
} from '../../src/services/analytics/conversionPointNames';
import { createEventNameMapping, listEventNameMappings } from '../../src/services/events/eventNameMappings';
import { exportWorkspaceDocument, importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Event name mappings and conversion point names travel with the workspace document (issue 16). */
describe('tracking setup in the workspace document', () => {
  it('round-trips the mappings in the order they are tried and the conversion point names', async () => {
    const ws = await aWorkspace(testDb());
    const { ctx } = ws;
    must(await createEventNameMapping(ctx, { pattern: 'Demo *', eventType: 'conversion', position: 5 }));
    must(
      await createEventNameMapping(ctx, {
        pattern: 'Order Placed',
        eventType: 'order',
        revenueProperty: 'amount',
        position: 1,
      }),
    );
    must(
      await createEventNameMapping(ctx, {
        pattern: 'Demo Booked',
        eventType: 'conversion',
        conversionPoint: 'demo',
        position: 5,
      }),
    );
    must(await nameConversionPoint(ctx, 'demo', 'Demo gebucht'));
    must(await nameConversionPoint(ctx, 'rueckrufbitte', 'Rückrufbitte'));

    const doc = await exportWorkspaceDocument(ctx);
    expect(doc.eventNameMappings).toEqual([
      { pattern: 'Order Placed', eventType: 'order', conversionPoint: null, revenueProperty: 'amount' },
      { pattern: 'Demo *', eventType: 'conversion', conversionPoint: null, revenueProperty: null },
      { pattern: 'Demo Booked', eventType: 'conversion', conversionPoint: 'demo', revenueProperty: null },
    ]);
    const imported = must(
      await importWorkspaceDocument(testDb(), JSON.parse(JSON.stringify(doc)), { ownerUserId: ws.owner.id }),
    );
    expect(imported.counts).toMatchObject({ eventNameMappings: 3, conversionPointNames: 2 });

    const copy = { ...ctx, workspaceId: imported.workspaceId };
    const mappings = await listEventNameMappings(copy);
    expect(mappings.map((m) => [m.pattern, m.position])).toEqual([
      ['Order Placed', 0],
      ['Demo *', 1],
      ['Demo Booked', 2],
    ]);
    expect(await listConversionPointNames(copy)).toEqual([
      { conversionPoint: 'demo', name: 'Demo gebucht' },
      { conversionPoint: 'rueckrufbitte', name: 'Rückrufbitte' },
    ]);
    const again = await exportWorkspaceDocument(copy);
    expect(again.eventNameMappings).toEqual(doc.eventNameMappings);
    expect(again.conversionPointNames).toEqual(doc.conversionPointNames);
  });

  it('names the place of a type a track event cannot have', async () => {
    const ws = await aWorkspace(testDb());
    const doc = await exportWorkspaceDocument(ws.ctx);
    const result = await importWorkspaceDocument(
      testDb(),
      {
        ...doc,
        eventNameMappings: [{ pattern: 'Signed Up', eventType: 'identify' }],
      },
      { ownerUserId: ws.owner.id },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details?.problems as { path: string }[]).map((p) => p.path);
    expect(paths).toContain('eventNameMappings[0].eventType');
  });

  it('refuses a conversion point named twice', async () => {
    const ws = await aWorkspace(testDb());
    const doc = await exportWorkspaceDocument(ws.ctx);
    const result = await importWorkspaceDocument(
      testDb(),
      {
        ...doc,
        conversionPointNames: [
          { conversionPoint: 'demo', name: 'Demo' },
          { conversionPoint: 'demo', name: 'Noch einmal' },
        ],
      },
      { ownerUserId: ws.owner.id },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.details?.problems).toEqual([
      { path: 'conversionPointNames[1].conversionPoint', message: 'duplicate conversion point demo' },
    ]);
  });
});
