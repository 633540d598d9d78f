import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { companySchema } from '../../../../src/contract/profiles';
import { api, wsPath } from '../../api/client';
import { customerKeys } from './customerKeys';

const listSchema = z.array(companySchema);

/** The workspace's companies, for filters and segments. */
export function useCompanies(workspaceId: string) {
  return useQuery({
    queryKey: customerKeys.companies(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/companies'), { schema: listSchema, signal }),
  });
}
