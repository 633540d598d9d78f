import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { personaSchema } from '../../../../src/contract/personas';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

const listSchema = z.array(personaSchema);

export function usePersonas(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.personas(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/personas'), { schema: listSchema, signal }),
  });
}
