import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { editorialChannelSchema } from '../../../../src/contract/editorialPlan';
import { api, wsPath } from '../../api/client';
import { editorialKeys } from './editorialKeys';

const listSchema = z.array(editorialChannelSchema);

/** The workspace's own channels (LinkedIn, Xing, Newsletter, … to start with). */
export function useEditorialChannels(workspaceId: string) {
  return useQuery({
    queryKey: editorialKeys.channels(workspaceId),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, '/editorial-plan/channels'), { schema: listSchema, signal }),
  });
}
