import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  marketMirrorAssessmentSchema,
  type MarketMirrorAssessmentInput,
} from '../../../../src/contract/marketMirror';
import { api, wsPath } from '../../api/client';
import { marketMirrorKeys } from './marketMirrorKeys';

/** `POST /market-mirror/assessments`: saves a self-assessment. */
export function useSaveMarketMirrorAssessment(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MarketMirrorAssessmentInput) =>
      api(wsPath(workspaceId, '/market-mirror/assessments'), {
        method: 'POST',
        body: input,
        schema: marketMirrorAssessmentSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: marketMirrorKeys.assessments(workspaceId) }),
  });
}
