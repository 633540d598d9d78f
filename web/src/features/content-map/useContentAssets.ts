import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { contentAssetSchema } from '../../../../src/contract/content';
import { api, wsPath } from '../../api/client';
import { contentKeys } from './contentKeys';

const listSchema = z.array(contentAssetSchema);

export function useContentAssets(workspaceId: string) {
  return useQuery({
    queryKey: contentKeys.assets(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/content-assets'), { schema: listSchema, signal }),
  });
}
