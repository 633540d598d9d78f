import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { measureSchema } from '../../../../src/contract/measures';
import { api, wsPath } from '../../api/client';
import { actionPlanKeys } from './actionPlanKeys';

const listSchema = z.array(measureSchema);

/** Every measure of the workspace; board and list sort and group them in the browser. */
export function useMeasures(workspaceId: string) {
  return useQuery({
    queryKey: actionPlanKeys.measures(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/measures'), { schema: listSchema, signal }),
  });
}
