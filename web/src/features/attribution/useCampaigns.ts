import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  campaignRoiSchema,
  campaignSchema,
  type CampaignInput,
  type CampaignPatch,
} from '../../../../src/contract/campaigns';
import { deletedSchema } from '../../../../src/contract/common';
import { api, wsPath } from '../../api/client';

/** `GET /analytics/campaign-roi`: cost, attributed conversions and revenue, ROI per campaign. */
export function useCampaignRoi(workspaceId: string, request: { from: string; to: string; model: string }) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'analytics', 'campaign-roi', request],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/analytics/campaign-roi?${new URLSearchParams(request)}`), {
        schema: campaignRoiSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** `GET /campaigns`. */
export function useCampaigns(workspaceId: string) {
  return useQuery({
    queryKey: ['ws', workspaceId, 'campaigns'],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/campaigns'), { schema: z.array(campaignSchema), signal }),
  });
}

export function useCampaignMutations(workspaceId: string) {
  const queryClient = useQueryClient();
  const stale = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'campaigns'] }),
      queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'analytics'] }),
    ]);
  return {
    create: useMutation({
      mutationFn: (input: CampaignInput) =>
        api(wsPath(workspaceId, '/campaigns'), { method: 'POST', body: input, schema: campaignSchema }),
      onSuccess: stale,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: string; patch: CampaignPatch }) =>
        api(wsPath(workspaceId, `/campaigns/${id}`), {
          method: 'PATCH',
          body: patch,
          schema: campaignSchema,
        }),
      onSuccess: stale,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        api(wsPath(workspaceId, `/campaigns/${id}`), { method: 'DELETE', schema: deletedSchema }),
      onSuccess: stale,
    }),
  };
}
