import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importJobSchema, type ImportKind } from '../../../../src/contract/imports';
import { api, wsPath } from '../../api/client';
import { uploadCsv } from '../../api/uploadCsv';
import { importKeys } from './useImportJobs';

/**
 * Announces the import (`POST /imports/:kind/jobs`, so the job's id is known and its progress can be
 * polled), then uploads the CSV file's bytes into it with upload progress; answers with the finished job.
 */
export function useStartImport(
  workspaceId: string,
  onProgress: (share: number) => void,
  onJob: (jobId: string) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: ImportKind; file: File }) => {
      const job = await api(wsPath(workspaceId, `/imports/${kind}/jobs`), {
        method: 'POST',
        body: { fileName: file.name },
        schema: importJobSchema,
      });
      onJob(job.id);
      const params = new URLSearchParams({ fileName: file.name, resume: job.id });
      const body = await uploadCsv(wsPath(workspaceId, `/imports/${kind}?${params}`), file, onProgress);
      return importJobSchema.parse(body);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.jobs(workspaceId) }),
  });
}
