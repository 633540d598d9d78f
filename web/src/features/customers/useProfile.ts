import { useQuery } from '@tanstack/react-query';
import { profileDetailSchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { customerKeys } from './customerKeys';

/** One profile with its computed traits, touchpoints and current phase. */
export function useProfile(workspaceId: string, id: string) {
  return useQuery({
    queryKey: customerKeys.detail(workspaceId, id),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/profiles/${id}`), { schema: profileDetailSchema, signal }),
  });
}
