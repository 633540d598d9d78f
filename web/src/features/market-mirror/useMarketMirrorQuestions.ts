import { useQuery } from '@tanstack/react-query';
import { marketMirrorQuestionnaireSchema } from '../../../../src/contract/marketMirror';
import { api, wsPath } from '../../api/client';
import { marketMirrorKeys } from './marketMirrorKeys';

/** `GET /market-mirror/questions`: the study's questions with the shares it prints. */
export function useMarketMirrorQuestions(workspaceId: string) {
  return useQuery({
    queryKey: marketMirrorKeys.questions(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/market-mirror/questions'), {
        schema: marketMirrorQuestionnaireSchema,
        signal,
      }),
    staleTime: Infinity,
  });
}
