import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { meSchema } from './meSchema';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api('/auth/login', { method: 'POST', body: input, schema: meSchema }),
    onSuccess: (me) => {
      queryClient.removeQueries({ queryKey: ['ws'] });
      queryClient.setQueryData(queryKeys.me, { user: me.user, workspaces: me.workspaces });
    },
  });
}
