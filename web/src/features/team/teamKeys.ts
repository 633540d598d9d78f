/** Query keys of the team screen, under the workspace key. */
export const teamKeys = {
  members: (ws: string) => ['ws', ws, 'members'] as const,
  apiTokens: (ws: string) => ['ws', ws, 'api-tokens'] as const,
  journeyModels: (ws: string) => ['ws', ws, 'journey-models'] as const,
};
