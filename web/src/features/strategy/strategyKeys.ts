/** Query keys of the strategy, under the workspace key. */
export const strategyKeys = {
  swot: (ws: string) => ['ws', ws, 'swot'] as const,
  swotOf: (ws: string, touchpointId: string | null) =>
    ['ws', ws, 'swot', touchpointId ?? 'workspace'] as const,
  goals: (ws: string) => ['ws', ws, 'goals'] as const,
};
