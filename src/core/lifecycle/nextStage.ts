import type { StageDefinition } from './stageModel';

/**
 * Where the score takes a profile on its own, or null to stay. Only automatic funnel stages (and
 * recycled) move: the profile goes to the last threshold stage its score reaches; it is demoted on a
 * falling score only from a threshold stage it no longer reaches, and never below the first threshold
 * stage (a lead whose points fade stays a lead). A manual stage (SAL and after), disqualified and an
 * unknown stage never move automatically; recycled moves only forward when the score reaches a threshold.
 *
 * @example nextStage(defaultStages, 'lead', 55) // 'mql'
 * @example nextStage(defaultStages, 'sal', 5) // null: sales owns it
 */
export function nextStage(stages: readonly StageDefinition[], current: string, score: number): string | null {
  const here = stages.find((s) => s.key === current);
  if (!here || here.manual || here.kind === 'disqualified' || here.kind === 'customer') return null;
  const order = stages.filter((s) => s.kind === 'funnel');
  const position = (key: string) => order.findIndex((s) => s.key === key);
  const reached = order.filter((s) => !s.manual && s.minScore !== null && score >= s.minScore);
  const target = reached[reached.length - 1];
  if (here.kind === 'recycled') return target ? target.key : null;
  const at = position(current);
  if (target && position(target.key) > at) return target.key;
  // Demote only from a threshold stage the score no longer reaches, and not below the first one.
  if (here.minScore !== null && score < here.minScore) {
    const floor = target ?? order.find((s) => !s.manual && s.minScore !== null);
    return floor && floor.key !== current ? floor.key : null;
  }
  return null;
}

/**
 * Whether a person may move a profile from `from` to `to`. Any stage may go to any other; a reason is
 * required for moving backwards in the order, to recycled or to disqualified, so the history says why.
 *
 * @example needsReason(defaultStages, 'mql', 'disqualified') // true
 */
export function needsReason(stages: readonly StageDefinition[], from: string, to: string): boolean {
  const target = stages.find((s) => s.key === to);
  if (!target) return false;
  if (target.kind === 'recycled' || target.kind === 'disqualified') return true;
  const order = stages.filter((s) => s.kind === 'funnel' || s.kind === 'customer').map((s) => s.key);
  const a = order.indexOf(from);
  const b = order.indexOf(to);
  return a >= 0 && b >= 0 && b < a;
}

/**
 * The account's stage from its people's: the furthest along the order (customer beats everything; a
 * side stage counts only when nobody is in the funnel).
 *
 * @example accountStage(defaultStages, ['lead', 'sql', 'disqualified']) // 'sql'
 */
export function accountStage(stages: readonly StageDefinition[], ofPeople: readonly string[]): string | null {
  const order = stages.filter((s) => s.kind === 'funnel' || s.kind === 'customer').map((s) => s.key);
  let best = -1;
  for (const key of ofPeople) best = Math.max(best, order.indexOf(key));
  if (best >= 0) return order[best] ?? null;
  return ofPeople[0] ?? null;
}
