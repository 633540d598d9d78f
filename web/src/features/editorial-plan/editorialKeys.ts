/** Query keys of the editorial plan, under the workspace key; `all` makes every one of them stale. */
export const editorialKeys = {
  all: (ws: string) => ['ws', ws, 'editorial-plan'] as const,
  channels: (ws: string) => ['ws', ws, 'editorial-plan', 'channels'] as const,
  items: (ws: string, from: string, to: string) => ['ws', ws, 'editorial-plan', 'items', from, to] as const,
  frequency: (ws: string) => ['ws', ws, 'editorial-plan', 'frequency'] as const,
  bestTimes: (ws: string, timeZone: string) => ['ws', ws, 'editorial-plan', 'best-times', timeZone] as const,
  feed: (ws: string) => ['ws', ws, 'editorial-plan', 'feed'] as const,
};
