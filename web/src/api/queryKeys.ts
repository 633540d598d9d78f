/** Every query key in one place, so a mutation can name exactly what it makes stale. */
export const queryKeys = {
  me: ['me'] as const,
  catalogue: ['catalogue'] as const,
  checklist: (kind: string) => ['catalogue', 'checklist', kind] as const,
  workspace: (ws: string) => ['ws', ws] as const,
  personas: (ws: string) => ['ws', ws, 'personas'] as const,
  touchpoints: (ws: string, includeRetired = false) => ['ws', ws, 'touchpoints', { includeRetired }] as const,
  allTouchpoints: (ws: string) => ['ws', ws, 'touchpoints'] as const,
  touchpoint: (ws: string, id: string) => ['ws', ws, 'touchpoint', id] as const,
  ratings: (ws: string, id: string) => ['ws', ws, 'touchpoint', id, 'ratings'] as const,
  ratingLinks: (ws: string, id: string) => ['ws', ws, 'touchpoint', id, 'rating-links'] as const,
  touchpointKpis: (ws: string, id: string) => ['ws', ws, 'touchpoint', id, 'kpis'] as const,
  touchpointMeasures: (ws: string, id: string) => ['ws', ws, 'touchpoint', id, 'measures'] as const,
  touchpointHistory: (ws: string, id: string) => ['ws', ws, 'touchpoint', id, 'history'] as const,
  /** Every persona's priority report: any change to a touchpoint's scores, gaps or target moves them. */
  priorities: (ws: string) => ['ws', ws, 'priorities'] as const,
};
