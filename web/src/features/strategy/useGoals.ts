import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { deletedSchema } from '../../../../src/contract/common';
import { goalSchema, type GoalInput, type GoalPatch } from '../../../../src/contract/strategy';
import { api, wsPath } from '../../api/client';
import { strategyKeys } from './strategyKeys';

const listSchema = z.array(goalSchema);

/** Every goal of the workspace with its KPIs and status. */
export function useGoals(workspaceId: string) {
  return useQuery({
    queryKey: strategyKeys.goals(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/goals'), { schema: listSchema, signal }),
  });
}

export function useGoalMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  // The cycle view counts goals without a KPI.
  const stale = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: strategyKeys.goals(workspaceId) }),
      queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'cycle'] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: GoalInput) =>
        api(wsPath(workspaceId, '/goals'), { method: 'POST', body: input, schema: goalSchema }),
      onSuccess: stale,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: GoalPatch }) =>
        api(wsPath(workspaceId, `/goals/${id}`), { method: 'PATCH', body: patch, schema: goalSchema }),
      onSuccess: stale,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/goals/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess: stale,
    }),
  };
}
