/** Query keys of customer profiles, under the workspace key. */
export const customerKeys = {
  all: (ws: string) => ['ws', ws, 'profiles'] as const,
  list: (ws: string, q: string, companyId: string, knownOnly: boolean, segment = '') =>
    ['ws', ws, 'profiles', 'list', { q, companyId, knownOnly, segment }] as const,
  detail: (ws: string, id: string) => ['ws', ws, 'profiles', 'detail', id] as const,
  timeline: (ws: string, id: string) => ['ws', ws, 'profiles', 'detail', id, 'timeline'] as const,
  companies: (ws: string) => ['ws', ws, 'companies'] as const,
};
