import { useMutation, useQueryClient } from '@tanstack/react-query';
import { touchpointSchema, type Touchpoint } from '../../../../src/contract/touchpoints';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { storeTouchpoint } from '../touchpoints/touchpointCache';

interface Move {
  id: string;
  /** The phases the card shows right away; the server moves only from → to. */
  phaseIds: string[];
  fromPhaseId: string | null;
  toPhaseId: string;
}

/**
 * Moves a card from one phase to another after a drop (POST /move changes just those two links, so
 * concurrent moves by others are kept). The map shows the move at once; if the server refuses, the
 * previous list comes back and the caller tells the user.
 */
export function useMoveTouchpoint(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = queryKeys.touchpoints(workspaceId, false);
  return useMutation({
    mutationFn: ({ id, fromPhaseId, toPhaseId }: Move) =>
      api(wsPath(workspaceId, `/touchpoints/${id}/move`), {
        method: 'POST',
        body: { fromPhaseId, toPhaseId },
        schema: touchpointSchema,
      }),
    onMutate: async ({ id, phaseIds }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Touchpoint[]>(key);
      queryClient.setQueryData<Touchpoint[]>(key, (list) =>
        list?.map((t) => (t.id === id ? { ...t, phaseIds } : t)),
      );
      return { previous };
    },
    onError: (_error, _move, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (touchpoint) => storeTouchpoint(queryClient, workspaceId, touchpoint),
  });
}
