import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { importJobSchema } from '../../../../src/contract/imports';
import { api, wsPath } from '../../api/client';

const listSchema = z.array(importJobSchema);

export const importKeys = {
  jobs: (ws: string) => ['ws', ws, 'imports'] as const,
  job: (ws: string, id: string) => ['ws', ws, 'imports', id] as const,
};

/** `GET /imports`: the jobs, newest first; polled every half second while `polling`. */
export function useImportJobs(workspaceId: string, polling: boolean) {
  return useQuery({
    queryKey: importKeys.jobs(workspaceId),
    queryFn: ({ signal }) => api(wsPath(workspaceId, '/imports'), { schema: listSchema, signal }),
    refetchInterval: (query) =>
      polling || query.state.data?.some((j) => j.status === 'running') ? 500 : false,
  });
}

/** `GET /imports/:jobId`: one job with its first 1,000 bad rows. */
export function useImportJob(workspaceId: string, jobId: string | null) {
  return useQuery({
    queryKey: importKeys.job(workspaceId, jobId ?? ''),
    queryFn: ({ signal }) =>
      api(wsPath(workspaceId, `/imports/${jobId}`), { schema: importJobSchema, signal }),
    enabled: jobId !== null,
  });
}
