/** Query keys of lead scoring and lifecycle stages, under the workspace key. */
export const leadKeys = {
  all: (ws: string) => ['ws', ws, 'leads'] as const,
  list: (ws: string, filter: string) => ['ws', ws, 'leads', 'list', filter] as const,
  rules: (ws: string) => ['ws', ws, 'leads', 'rules'] as const,
  stages: (ws: string) => ['ws', ws, 'leads', 'stages'] as const,
  score: (ws: string, id: string) => ['ws', ws, 'leads', 'score', id] as const,
  history: (ws: string, id: string) => ['ws', ws, 'leads', 'history', id] as const,
  predictive: (ws: string) => ['ws', ws, 'leads', 'predictive'] as const,
};
