/** Query keys of the content map, under the workspace key. */
export const contentKeys = {
  map: (ws: string) => ['ws', ws, 'content-map'] as const,
  assets: (ws: string) => ['ws', ws, 'content-assets'] as const,
};
