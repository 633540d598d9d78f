import type { SegmentInput } from '../contract/segments';
import type { WorkspaceContext } from '../services/context';
import { createSegment } from '../services/segments/segments';

/** The demo's saved segments: what a marketing team at a contract manufacturer would keep. */
export const DEMO_SEGMENTS: SegmentInput[] = [
  {
    name: 'Leistungs-Interessenten',
    description: 'Haben sich in den letzten 14 Tagen mindestens zweimal Leistungsseiten angesehen.',
    definition: {
      version: 1,
      kind: 'all',
      conditions: [
        {
          kind: 'event',
          did: true,
          eventType: 'page_view',
          urlContains: '/leistungen/',
          frequency: 'at_least',
          times: 2,
          days: 14,
        },
      ],
    },
  },
  {
    name: 'Newsletter-Aktive',
    description: 'Haben mindestens zwei der letzten drei Newsletter geöffnet.',
    definition: {
      version: 1,
      kind: 'all',
      conditions: [{ kind: 'email', action: 'opened', lastMailings: 3, atLeast: 2 }],
    },
  },
  {
    name: 'Inaktiv seit 30 Tagen',
    description: 'Bekannte Kontakte, die seit mehr als 30 Tagen nicht mehr da waren.',
    definition: {
      version: 1,
      kind: 'all',
      conditions: [
        { kind: 'profile', field: 'email', operator: 'exists' },
        { kind: 'profile', field: 'last_seen_at', operator: 'older_than_days', value: 30 },
      ],
    },
  },
  {
    name: 'Medizintechnik ohne Anfrage',
    description: 'Kontakte aus Medizintechnik-Accounts, die in 90 Tagen nichts angefragt haben.',
    definition: {
      version: 1,
      kind: 'all',
      conditions: [
        { kind: 'account', field: 'property', key: 'branche', operator: 'eq', value: 'Medizintechnik' },
        { kind: 'event', did: false, eventType: 'conversion', frequency: 'at_least', times: 1, days: 90 },
      ],
    },
  },
];

/**
 * Saves the demo's segments in the workspace (after its live data, so the counts mean something).
 *
 * @example await loadDemoSegments(ctx)
 */
export async function loadDemoSegments(ctx: WorkspaceContext): Promise<number> {
  for (const input of DEMO_SEGMENTS) {
    const created = await createSegment(ctx, input);
    if (!created.ok) throw new Error(`demo segment ${input.name}: ${created.error.message}`);
  }
  return DEMO_SEGMENTS.length;
}
