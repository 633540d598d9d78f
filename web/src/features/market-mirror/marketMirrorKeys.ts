export const marketMirrorKeys = {
  questions: (workspaceId: string) => ['ws', workspaceId, 'market-mirror', 'questions'] as const,
  assessments: (workspaceId: string) => ['ws', workspaceId, 'market-mirror', 'assessments'] as const,
};
