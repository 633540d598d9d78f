import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { deletedSchema } from '../../../../src/contract/common';
import {
  stageChangeSchema,
  stageHistoryEntrySchema,
  stagesSchema,
  type StageChangeBody,
  type StagesBody,
} from '../../../../src/contract/lifecycle';
import {
  leadPageSchema,
  predictiveStatusSchema,
  profileScoreSchema,
  scoreFiguresSchema,
  scoringRuleSchema,
  type ScoringRuleInput,
} from '../../../../src/contract/scoring';
import { api, wsPath } from '../../api/client';
import { leadKeys } from './leadKeys';

export function useLeads(workspaceId: string, filter: { stage: string; minScore: string }) {
  const params = new URLSearchParams({ limit: '50' });
  if (filter.stage) params.set('stage', filter.stage);
  if (filter.minScore.trim() !== '') params.set('minScore', filter.minScore.trim());
  return useInfiniteQuery({
    queryKey: leadKeys.list(workspaceId, params.toString()),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api(wsPath(workspaceId, `/leads?${params.toString()}${pageParam ? `&cursor=${pageParam}` : ''}`), {
        schema: leadPageSchema,
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useStages(workspaceId: string) {
  return useQuery({
    queryKey: leadKeys.stages(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/lifecycle/stages'), { schema: stagesSchema, signal }),
  });
}

export function useSaveStages(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StagesBody) =>
      api(wsPath(workspaceId, '/lifecycle/stages'), { method: 'PUT', body, schema: stagesSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadKeys.all(workspaceId) }),
  });
}

export function useRules(workspaceId: string) {
  return useQuery({
    queryKey: leadKeys.rules(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/scoring/rules'), { schema: z.array(scoringRuleSchema), signal }),
  });
}

export function useRuleMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  const stale = () => queryClient.invalidateQueries({ queryKey: leadKeys.all(workspaceId) });
  return {
    create: useMutation({
      mutationFn: (input: ScoringRuleInput) =>
        api(wsPath(workspaceId, '/scoring/rules'), {
          method: 'POST',
          body: input,
          schema: scoringRuleSchema,
        }),
      onSuccess: stale,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/scoring/rules/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess: stale,
    }),
  };
}

export function usePreview(workspaceId: string, profileId: string) {
  return useQuery({
    queryKey: [...leadKeys.rules(workspaceId), 'preview', profileId],
    enabled: profileId !== '',
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/scoring/preview'), {
        method: 'POST',
        body: { profileId },
        schema: scoreFiguresSchema,
        signal,
      }),
  });
}

export function useProfileScore(workspaceId: string, profileId: string) {
  return useQuery({
    queryKey: leadKeys.score(workspaceId, profileId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/profiles/${profileId}/score`), { schema: profileScoreSchema, signal }),
  });
}

export function useStageHistory(workspaceId: string, profileId: string) {
  return useQuery({
    queryKey: leadKeys.history(workspaceId, profileId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/profiles/${profileId}/stage-history`), {
        schema: z.array(stageHistoryEntrySchema),
        signal,
      }),
  });
}

export function useChangeStage(workspaceId: string, profileId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StageChangeBody) =>
      api(wsPath(workspaceId, `/profiles/${profileId}/stage`), {
        method: 'POST',
        body,
        schema: stageChangeSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadKeys.all(workspaceId) }),
  });
}

export function usePredictive(workspaceId: string) {
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: leadKeys.predictive(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/scoring/predictive'), { schema: predictiveStatusSchema, signal }),
  });
  const train = useMutation({
    mutationFn: () =>
      api(wsPath(workspaceId, '/scoring/predictive/train'), {
        method: 'POST',
        schema: predictiveStatusSchema,
      }),
    onSuccess: (data) => queryClient.setQueryData(leadKeys.predictive(workspaceId), data),
  });
  return { status, train };
}
