import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { accountSummarySchema, customerListSchema } from '../../../../src/contract/accounts';
import {
  dealSchema,
  pipelineBoardSchema,
  pipelineReportSchema,
  type DealInput,
  type PipelineBoard,
} from '../../../../src/contract/deals';
import { api, wsPath } from '../../api/client';

export const pipelineKeys = {
  all: (ws: string) => ['pipeline', ws] as const,
  board: (ws: string) => ['pipeline', ws, 'board'] as const,
  report: (ws: string) => ['pipeline', ws, 'report'] as const,
  customers: (ws: string) => ['pipeline', ws, 'customers'] as const,
  accounts: (ws: string) => ['pipeline', ws, 'accounts'] as const,
};

/** `GET /pipeline`: the board's stages with their sums and first cards. */
export function usePipelineBoard(workspaceId: string) {
  return useQuery({
    queryKey: pipelineKeys.board(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/pipeline'), { schema: pipelineBoardSchema, signal }),
  });
}

/** `GET /pipeline/report`: conversion, velocity, reasons and forecast. */
export function usePipelineReport(workspaceId: string) {
  return useQuery({
    queryKey: pipelineKeys.report(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/pipeline/report'), { schema: pipelineReportSchema, signal }),
  });
}

/** `GET /customers`: existing-customer accounts. */
export function useCustomerAccounts(workspaceId: string) {
  return useQuery({
    queryKey: pipelineKeys.customers(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/customers'), { schema: customerListSchema, signal }),
  });
}

/** `GET /accounts`: the companies a deal can belong to. */
export function useAccounts(workspaceId: string) {
  return useQuery({
    queryKey: pipelineKeys.accounts(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/accounts'), { schema: z.array(accountSummarySchema), signal }),
  });
}

/**
 * `POST /deals/:id/stage`: moves the card at once (optimistic) and puts it back when the server
 * refuses.
 */
export function useMoveDeal(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = pipelineKeys.board(workspaceId);
  return useMutation({
    mutationFn: (move: { id: string; stage: string; reason?: string }) =>
      api(wsPath(workspaceId, `/deals/${move.id}/stage`), {
        method: 'POST',
        body: { stage: move.stage, ...(move.reason && { reason: move.reason }) },
        schema: dealSchema,
      }),
    onMutate: async (move) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<PipelineBoard>(key);
      if (before) {
        const deal = before.stages.flatMap((s) => s.deals).find((d) => d.id === move.id);
        if (deal)
          queryClient.setQueryData<PipelineBoard>(key, {
            ...before,
            stages: before.stages.map((s) => ({
              ...s,
              deals:
                s.key === move.stage
                  ? [{ ...deal, stage: move.stage }, ...s.deals.filter((d) => d.id !== move.id)]
                  : s.deals.filter((d) => d.id !== move.id),
            })),
          });
      }
      return { before };
    },
    onError: (_e, _m, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all(workspaceId) }),
  });
}

/** `POST /deals`. */
export function useCreateDeal(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DealInput) =>
      api(wsPath(workspaceId, '/deals'), { method: 'POST', body: input, schema: dealSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.all(workspaceId) }),
  });
}
