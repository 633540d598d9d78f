import { z } from 'zod';

/**
 * Seed 000 section 5: macro goals (Makroziele) say what social media should do for the company, micro
 * goals (Mikroziele) what can be measured on the way there.
 */
export const goalLevels = ['macro', 'micro'] as const;
export const goalLevelSchema = z.enum(goalLevels);
export type GoalLevel = z.infer<typeof goalLevelSchema>;

/** Markenführung, Kundenmanagement im Netzwerk, Umsatz; or a goal of the team's own ("other"). */
export const macroGoalCategories = ['brand', 'customer_management', 'revenue', 'other'] as const;
/** Reichweite durch Abonnenten, Interaktion, Traffic auf eine Zielseite; or the team's own. */
export const microGoalCategories = ['reach', 'interaction', 'traffic', 'other'] as const;

export const goalCategories = [
  'brand',
  'customer_management',
  'revenue',
  'reach',
  'interaction',
  'traffic',
  'other',
] as const;
export const goalCategorySchema = z.enum(goalCategories);
export type GoalCategory = z.infer<typeof goalCategorySchema>;

/**
 * The categories a goal of this level may have.
 * @example goalCategoriesOf('micro') // ['reach', 'interaction', 'traffic', 'other']
 */
export function goalCategoriesOf(level: GoalLevel): readonly GoalCategory[] {
  return level === 'macro' ? macroGoalCategories : microGoalCategories;
}

/** What a goal's linked KPIs say: on track, off track, no KPI linked yet, or nothing to judge by. */
export const goalStatuses = ['on_track', 'off_track', 'no_kpi', 'no_data'] as const;
export const goalStatusSchema = z.enum(goalStatuses);
export type GoalStatus = z.infer<typeof goalStatusSchema>;
