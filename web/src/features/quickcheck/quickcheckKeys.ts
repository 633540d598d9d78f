/** Query keys of the Quickcheck, under the workspace key so a workspace switch never mixes them up. */
export const quickcheckKeys = {
  questions: ['quickcheck', 'questions'] as const,
  runs: (ws: string) => ['ws', ws, 'quickcheck', 'runs'] as const,
  run: (ws: string, id: string) => ['ws', ws, 'quickcheck', 'run', id] as const,
  comparison: (ws: string, id: string, earlierId: string) =>
    ['ws', ws, 'quickcheck', 'run', id, 'compare', earlierId] as const,
};
