import { err, ok, type Result } from '../result';
import { goalCategoriesOf, type GoalCategory, type GoalLevel } from './goalModel';

export interface GoalShape {
  id?: string;
  level: GoalLevel;
  category: GoalCategory;
  parentId: string | null;
}

/**
 * Whether a goal fits the two-level model: its category belongs to its level; only a micro goal has a
 * parent, and that parent is a macro goal; a macro goal that micro goals hang under stays macro.
 * `parentLevel` is the level of the goal `parentId` names (undefined: no such goal in the workspace),
 * `children` the number of goals that name this one as their parent.
 * @example checkGoal({ level: 'micro', category: 'reach', parentId: 'm1' }, 'macro', 0) // ok(true)
 */
export function checkGoal(
  goal: GoalShape,
  parentLevel: GoalLevel | undefined,
  children: number,
): Result<true> {
  if (!goalCategoriesOf(goal.level).includes(goal.category))
    return err('validation_failed', `category: ${goal.category} is not a category of a ${goal.level} goal`, {
      field: 'category',
      allowed: goalCategoriesOf(goal.level),
    });
  if (goal.parentId !== null) {
    if (goal.level === 'macro')
      return err('validation_failed', 'parentId: a macro goal has no parent goal', { field: 'parentId' });
    if (goal.parentId === goal.id)
      return err('validation_failed', 'parentId: a goal cannot be its own parent', { field: 'parentId' });
    if (parentLevel === undefined)
      return err('validation_failed', 'parentId: unknown goal', { field: 'parentId' });
    if (parentLevel !== 'macro')
      return err('validation_failed', 'parentId: the parent must be a macro goal', { field: 'parentId' });
  }
  if (goal.level === 'micro' && children > 0)
    return err('conflict', 'Micro goals hang under this goal; it stays a macro goal', {
      field: 'level',
      children,
    });
  return ok(true);
}
