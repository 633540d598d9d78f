import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conversionPointNameSchema } from '../../../../src/contract/analytics';
import { api, wsPath } from '../../api/client';

/** `PUT /conversion-points/:key`: the name shown for a conversion point; empty removes it. */
export function useNameConversionPoint(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, name }: { key: string; name: string }) =>
      api(wsPath(workspaceId, `/conversion-points/${encodeURIComponent(key)}`), {
        method: 'PUT',
        body: { name },
        schema: conversionPointNameSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'analytics'] }),
  });
}
