import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { touchpointLinkSchema } from '../../../../src/contract/touchpointLinks';
import { api, wsPath } from '../../api/client';

/** Every key of the links starts with this, so a change makes all of them stale at once. */
export const touchpointLinksKey = (workspaceId: string) => ['ws', workspaceId, 'touchpoint-links'] as const;

const listSchema = z.array(touchpointLinkSchema);

/** The "leads to" links; with a persona, that persona's and those for every persona. */
export function useTouchpointLinks(workspaceId: string, personaId: string | null = null) {
  return useQuery({
    queryKey: [...touchpointLinksKey(workspaceId), { personaId }],
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/touchpoint-links${personaId ? `?personaId=${personaId}` : ''}`), {
        schema: listSchema,
        signal,
      }),
  });
}
