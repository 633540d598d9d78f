import { useQuery } from '@tanstack/react-query';
import { contentMapSchema } from '../../../../src/contract/content';
import { api, wsPath } from '../../api/client';
import { contentKeys } from './contentKeys';

/** Persona × phase cells of the active journey model, the gaps and the coverage. */
export function useContentMap(workspaceId: string) {
  return useQuery({
    queryKey: contentKeys.map(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/content-map'), { schema: contentMapSchema, signal }),
  });
}
