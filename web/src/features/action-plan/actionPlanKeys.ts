/** Query keys of the action plan, under the workspace key. */
export const actionPlanKeys = {
  measures: (ws: string) => ['ws', ws, 'measures'] as const,
};
