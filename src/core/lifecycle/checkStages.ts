import { err, ok, type Result } from '../result';
import type { StageDefinition } from './stageModel';

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks a workspace's stage list: unique keys, at least one funnel stage, exactly one customer stage
 * and it comes after every other funnel stage, one recycled and one disqualified stage, thresholds
 * rising along the order and only on automatic stages, and once a stage is manual every later funnel
 * stage is too (sales never hands a lead back to the machine by order alone).
 *
 * @example checkStages(defaultStages) // { ok: true, value: defaultStages }
 */
export function checkStages(stages: readonly StageDefinition[]): Result<StageDefinition[]> {
  const field = (i: number, name: string) => ({ field: `body.stages.${i}.${name}` });
  const seen = new Set<string>();
  for (const [i, s] of stages.entries()) {
    if (!KEY.test(s.key))
      return err(
        'validation_failed',
        'key: lower-case letters, digits and _ (starting with a letter)',
        field(i, 'key'),
      );
    if (seen.has(s.key)) return err('validation_failed', `key: "${s.key}" appears twice`, field(i, 'key'));
    seen.add(s.key);
  }
  const count = (kind: StageDefinition['kind']) => stages.filter((s) => s.kind === kind).length;
  for (const kind of ['customer', 'recycled', 'disqualified'] as const)
    if (count(kind) !== 1)
      return err('validation_failed', `stages: exactly one stage of kind ${kind} is needed`, {
        field: 'body.stages',
      });
  if (count('funnel') === 0)
    return err('validation_failed', 'stages: at least one funnel stage is needed', { field: 'body.stages' });
  const ordered = stages.flatMap((s, i) => (s.kind === 'funnel' || s.kind === 'customer' ? [{ s, i }] : []));
  const last = ordered[ordered.length - 1];
  if (!last || last.s.kind !== 'customer')
    return err('validation_failed', 'stages: the customer stage comes after every funnel stage', {
      field: 'body.stages',
    });
  let threshold = -Infinity;
  let manualSeen = false;
  for (const { s, i } of ordered) {
    if (manualSeen && !s.manual)
      return err(
        'validation_failed',
        'manual: every stage after a manual one is manual too',
        field(i, 'manual'),
      );
    manualSeen ||= s.manual;
    if (s.minScore !== null) {
      if (s.manual)
        return err(
          'validation_failed',
          'minScore: a manual stage is never reached by score',
          field(i, 'minScore'),
        );
      if (s.minScore <= threshold)
        return err('validation_failed', 'minScore: thresholds rise along the order', field(i, 'minScore'));
      threshold = s.minScore;
    }
  }
  return ok([...stages]);
}
