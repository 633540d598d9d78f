import { describe, expect, it } from 'vitest';
import { workspaceDocumentSchema } from '../../src/contract/workspaceDocument';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { demoEditorialItems } from '../../src/demo/schmidtStrategy';
import { validateWorkspaceDocument } from '../../src/services/workspaceTransfer';

const doc = workspaceDocumentSchema.parse(schmidtDemoDocument);

/** The demo shows the strategy step and the editorial plan filled in, around the day it starts. */
describe('Schmidt demo strategy and editorial plan', () => {
  it('passes every cross-check of the workspace document', () => {
    const checked = validateWorkspaceDocument(schmidtDemoDocument);
    expect(checked.ok ? [] : checked.error.details).toEqual([]);
  });

  it('has a SWOT for the company and for LinkedIn and the trade fair, every quadrant filled', () => {
    for (const tp of [null, 'tp-linkedin', 'tp-fachmesse']) {
      const quadrants = new Set(doc.swotEntries.filter((e) => e.touchpoint === tp).map((e) => e.quadrant));
      expect([...quadrants].sort(), String(tp)).toEqual([
        'opportunities',
        'strengths',
        'threats',
        'weaknesses',
      ]);
    }
  });

  it('links every micro goal to a macro goal and a KPI of the demo', () => {
    const micro = doc.goals.filter((g) => g.level === 'micro');
    expect(micro.length).toBeGreaterThanOrEqual(3);
    for (const g of micro) {
      expect(g.parent, g.ref).not.toBeNull();
      expect(g.kpis.length, g.ref).toBeGreaterThan(0);
    }
  });

  it('dates the plan around today: published posts before, planned ones in the coming weeks', () => {
    const now = new Date('2027-02-10T12:00:00Z');
    const items = demoEditorialItems(now);
    const published = items.filter((i) => i.status === 'published');
    const coming = items.filter((i) => i.status !== 'published');
    expect(published.every((i) => Date.parse(i.plannedAt) < now.getTime())).toBe(true);
    expect(coming.every((i) => Date.parse(i.plannedAt) > now.getTime())).toBe(true);
    expect(new Set(published.map((i) => i.channel))).toEqual(new Set(['LinkedIn', 'Newsletter', 'Blog']));
    expect(coming.length).toBeGreaterThanOrEqual(5);
    const channels = new Set(doc.editorialChannels?.map((c) => c.ref));
    expect(items.filter((i) => !channels.has(i.channel))).toEqual([]);
  });
});
