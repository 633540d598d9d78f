import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { quickcheckRunSummarySchema } from '../../../../src/contract/quickcheck';
import { api, wsPath } from '../../api/client';
import { quickcheckKeys } from './quickcheckKeys';

const listSchema = z.array(quickcheckRunSummarySchema);

/** Saved runs, newest first. */
export function useQuickcheckRuns(workspaceId: string) {
  return useQuery({
    queryKey: quickcheckKeys.runs(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/quickcheck/runs'), { schema: listSchema, signal }),
  });
}
