import { err, ok, type Result } from '../result';
import type { PipelineStage } from './pipelineStages';

/**
 * Checks a workspace's stage configuration: unique keys, at least one open stage, exactly one won and
 * one lost stage (the forecast and the reasons need them), and no stage removed that still holds deals.
 *
 * @example
 * checkPipelineStages(stages, new Set(['proposal'])) // ok(stages) or err('validation_failed', …)
 */
export function checkPipelineStages(
  stages: readonly PipelineStage[],
  stagesInUse: ReadonlySet<string>,
): Result<readonly PipelineStage[]> {
  const keys = new Set<string>();
  for (const [i, s] of stages.entries()) {
    if (keys.has(s.key))
      return err('validation_failed', `The stage key "${s.key}" appears twice`, { field: `stages.${i}.key` });
    keys.add(s.key);
  }
  const count = (kind: PipelineStage['kind']) => stages.filter((s) => s.kind === kind).length;
  if (count('open') === 0)
    return err('validation_failed', 'The pipeline needs at least one open stage', { field: 'stages' });
  if (count('won') !== 1 || count('lost') !== 1)
    return err('validation_failed', 'The pipeline needs exactly one won and one lost stage', {
      field: 'stages',
    });
  const removed = [...stagesInUse].filter((k) => !keys.has(k));
  if (removed.length)
    return err('conflict', `Stages that still hold deals cannot be removed: ${removed.join(', ')}`, {
      field: 'stages',
      stages: removed,
    });
  return ok(stages);
}
