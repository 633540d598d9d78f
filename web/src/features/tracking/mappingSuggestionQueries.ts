import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { mappingApplyRunSchema, mappingSuggestionsSchema } from '../../../../src/contract/mapping';
import { api, wsPath } from '../../api/client';
import { trackingKeys } from './trackingQueries';

/**
 * Not under the rules' key: creating a rule refreshes the rules, and a refreshed list of suggestions
 * would drop the one just accepted while its row still waits for the answer.
 */
export const suggestionKeys = {
  suggestions: (ws: string) => ['ws', ws, 'mapping-suggestions'] as const,
  run: (ws: string, runId: string) => ['ws', ws, 'mapping-apply-runs', runId] as const,
};

/** `GET /mapping-rules/suggestions`. */
export function useMappingSuggestions(workspaceId: string) {
  return useQuery({
    queryKey: suggestionKeys.suggestions(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/mapping-rules/suggestions'), { schema: mappingSuggestionsSchema, signal }),
  });
}

/** `POST /mapping-rules/:id/apply` (editor): starts the run, answered at once. */
export function useApplyRule(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) =>
      api(wsPath(workspaceId, `/mapping-rules/${ruleId}/apply`), {
        method: 'POST',
        schema: mappingApplyRunSchema,
      }),
    onSuccess: (run) => queryClient.setQueryData(suggestionKeys.run(workspaceId, run.id), run),
  });
}

/** `GET /mapping-rules/apply-runs/:runId`, polled every second while the run goes on. */
export function useApplyRun(workspaceId: string, runId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: suggestionKeys.run(workspaceId, runId),
    queryFn: async ({ signal }) => {
      const run = await api(wsPath(workspaceId, `/mapping-rules/apply-runs/${runId}`), {
        schema: mappingApplyRunSchema,
        signal,
      });
      if (run.status !== 'running') {
        void queryClient.invalidateQueries({ queryKey: suggestionKeys.suggestions(workspaceId) });
        void queryClient.invalidateQueries({ queryKey: trackingKeys.unmapped(workspaceId) });
      }
      return run;
    },
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}
