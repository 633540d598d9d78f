/**
 * Lifecycle stages (issue 14). A workspace orders its funnel stages (visitor … customer) and keeps two
 * side stages outside the order: recycled (back to nurturing) and disqualified. Names and order are the
 * workspace's; the keys stay stable so history and rules keep pointing at the same stage.
 */
export type StageKind = 'funnel' | 'customer' | 'recycled' | 'disqualified';

export interface StageDefinition {
  key: string;
  nameDe: string;
  nameEn: string;
  kind: StageKind;
  /**
   * A funnel stage reached automatically at this score (MQL at 50); null: only by a person or an import.
   * Stages from the first `manual` one on (SAL: accepted by sales) are never entered or left automatically.
   */
  minScore: number | null;
  /** Sales owns this stage and everything after it in the order: no automatic move into or out of it. */
  manual: boolean;
}

/** What caused a stage change, kept in the history. */
export type StageCause = 'rule' | 'score' | 'person' | 'import';

/** The default stages of a new workspace: the classic funnel of the issue. */
export const defaultStages: readonly StageDefinition[] = [
  { key: 'visitor', nameDe: 'Besucher', nameEn: 'Visitor', kind: 'funnel', minScore: null, manual: false },
  {
    key: 'subscriber',
    nameDe: 'Abonnent',
    nameEn: 'Subscriber',
    kind: 'funnel',
    minScore: null,
    manual: false,
  },
  { key: 'lead', nameDe: 'Lead', nameEn: 'Lead', kind: 'funnel', minScore: 20, manual: false },
  { key: 'mql', nameDe: 'MQL', nameEn: 'MQL', kind: 'funnel', minScore: 50, manual: false },
  {
    key: 'sal',
    nameDe: 'SAL (vom Vertrieb angenommen)',
    nameEn: 'SAL (accepted by sales)',
    kind: 'funnel',
    minScore: null,
    manual: true,
  },
  { key: 'sql', nameDe: 'SQL', nameEn: 'SQL', kind: 'funnel', minScore: null, manual: true },
  {
    key: 'opportunity',
    nameDe: 'Verkaufschance',
    nameEn: 'Opportunity',
    kind: 'funnel',
    minScore: null,
    manual: true,
  },
  { key: 'customer', nameDe: 'Kunde', nameEn: 'Customer', kind: 'customer', minScore: null, manual: true },
  {
    key: 'recycled',
    nameDe: 'Recycelt',
    nameEn: 'Recycled',
    kind: 'recycled',
    minScore: null,
    manual: false,
  },
  {
    key: 'disqualified',
    nameDe: 'Disqualifiziert',
    nameEn: 'Disqualified',
    kind: 'disqualified',
    minScore: null,
    manual: true,
  },
];

/** The stage a profile without one is in. */
export const firstStageKey = (stages: readonly StageDefinition[]): string =>
  stages.find((s) => s.kind === 'funnel')?.key ?? stages[0]?.key ?? 'visitor';
