import type { ChecklistKind, Maturity } from '../model';
import { maturityCriteria } from './maturityCriteria';
import type { MaturityCriterion } from './types';

export type ChecklistLevel = MaturityCriterion['level'];

/** The checklist levels from lowest to highest; each builds on the ones before it. */
export const checklistLevels: readonly ChecklistLevel[] = ['minimal', 'good', 'excellent'];

export type Checklist = Record<ChecklistLevel, MaturityCriterion[]>;

/**
 * The criteria of seed 000 for one touchpoint kind, grouped by level.
 *
 * @example
 * checklistFor('website').minimal.map((c) => c.key);
 * // ['website-minimal-appealing-structure', 'website-minimal-seo']
 */
export function checklistFor(kind: ChecklistKind): Checklist {
  const checklist: Checklist = { minimal: [], good: [], excellent: [] };
  for (const criterion of maturityCriteria) {
    if (criterion.kind === kind) checklist[criterion.level].push(criterion);
  }
  return checklist;
}

/**
 * The maturity a touchpoint has reached: the highest level whose criteria, and those of every
 * lower level, are all checked. A level cannot be skipped, so ticking every "good" criterion while
 * one "minimal" criterion is missing still gives `none`. Keys of other kinds are ignored.
 *
 * @example
 * deriveMaturity('email', new Set(['email-minimal-address-database', 'email-minimal-periodic-newsletter']));
 * // 'minimal'
 * deriveMaturity('email', new Set());
 * // 'none'
 */
export function deriveMaturity(kind: ChecklistKind, checkedKeys: ReadonlySet<string>): Maturity {
  const checklist = checklistFor(kind);
  let reached: Maturity = 'none';
  for (const level of checklistLevels) {
    if (!checklist[level].every((criterion) => checkedKeys.has(criterion.key))) break;
    reached = level;
  }
  return reached;
}
