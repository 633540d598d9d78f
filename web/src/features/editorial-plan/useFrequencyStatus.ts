import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { frequencyStatusSchema } from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

const listSchema = z.array(frequencyStatusSchema);

/** Each channel's plan against its frequency target. */
export function useFrequencyStatus(workspaceId: string) {
  return useQuery({
    queryKey: editorialKeys.frequency(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/editorial-plan/frequency'), { schema: listSchema, signal }),
  });
}
