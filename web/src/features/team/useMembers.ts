import { useQuery } from '@tanstack/react-query';
import type { Member } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

/** The members with their roles; every role may read the list. */
export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: teamKeys.members(workspaceId),
    queryFn: ({ signal }) => api<Member[]>(wsPath(workspaceId, '/members'), { signal }),
  });
}
