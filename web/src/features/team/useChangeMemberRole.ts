import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../src/core/model';
import type { Member } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { teamKeys } from './teamKeys';

/** Changes a role; the own role lives in the session too, so that is refreshed as well. */
export function useChangeMemberRole(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api<Member>(wsPath(workspaceId, `/members/${userId}`), { method: 'PATCH', body: { role } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.members(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]),
  });
}
