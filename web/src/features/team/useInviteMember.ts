import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../src/core/model';
import type { Member } from '../../../../src/contract/team';
import { api, wsPath } from '../../api/client';
import { teamKeys } from './teamKeys';

export interface InviteInput {
  email: string;
  role: Role;
  name?: string;
  password?: string;
}

export function useInviteMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) =>
      api<Member>(wsPath(workspaceId, '/members'), { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.members(workspaceId) }),
  });
}
