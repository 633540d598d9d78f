import { describe, expect, it } from 'vitest';
import { linkHistoryEntries } from '../../src/core/touchpointLinks';
import { describeHistoryEntry, type HistoryWords } from '../../web/src/features/history/describeHistoryEntry';

/** Keys with their values, so the test sees which text is chosen and what fills it. */
const words: HistoryWords = {
  t: (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key),
  enumLabel: (_group, value) => value,
  lang: 'de',
  nameOf: () => undefined,
};

describe('a touchpoint link in the history', () => {
  it('is an entry of both touchpoints, each naming the other and the direction', () => {
    const link = { fromTouchpointId: 'fair', toTouchpointId: 'quote', label: 'am Stand' };
    const names = { fair: 'Messe', quote: 'Angebot' };
    expect(linkHistoryEntries('link_added', link, names, 'Einkauf')).toEqual([
      {
        touchpointId: 'fair',
        action: 'link_added',
        changes: {
          direction: 'to',
          otherTouchpointId: 'quote',
          otherName: 'Angebot',
          label: 'am Stand',
          personaName: 'Einkauf',
        },
      },
      {
        touchpointId: 'quote',
        action: 'link_added',
        changes: {
          direction: 'from',
          otherTouchpointId: 'fair',
          otherName: 'Messe',
          label: 'am Stand',
          personaName: 'Einkauf',
        },
      },
    ]);
  });

  it('reads as "leads to" or "comes from" the other touchpoint, with label and persona', () => {
    const [from, to] = linkHistoryEntries(
      'link_removed',
      { fromTouchpointId: 'fair', toTouchpointId: 'quote', label: '' },
      { fair: 'Messe', quote: 'Angebot' },
      null,
    );
    if (!from || !to) throw new Error('two entries');
    expect(describeHistoryEntry(from, words)).toEqual({
      title: 'link_removed',
      lines: ['link.to {"name":"Angebot"}'],
    });
    expect(describeHistoryEntry(to, words).lines).toEqual(['link.from {"name":"Messe"}']);
    const labelled = {
      action: 'link_added',
      changes: { ...from.changes, label: 'am Stand', personaName: 'Einkauf' },
    };
    expect(describeHistoryEntry(labelled, words).lines).toEqual([
      'link.to {"name":"Angebot"}',
      'link.label {"label":"am Stand"}',
      'link.persona {"name":"Einkauf"}',
    ]);
  });
});
