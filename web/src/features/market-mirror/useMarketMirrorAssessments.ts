import { useQuery } from '@tanstack/react-query';
import { marketMirrorAssessmentListSchema } from '../../../../src/contract/marketMirror';
import { api, wsPath } from '../../api/client';
import { marketMirrorKeys } from './marketMirrorKeys';

/** `GET /market-mirror/assessments`: the workspace's self-assessments, newest first. */
export function useMarketMirrorAssessments(workspaceId: string) {
  return useQuery({
    queryKey: marketMirrorKeys.assessments(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/market-mirror/assessments'), {
        schema: marketMirrorAssessmentListSchema,
        signal,
      }),
  });
}
