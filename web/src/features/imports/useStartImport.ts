import { useMutation, useQueryClient } from '@tanstack/react-query';
import { importJobSchema, type ImportKind } from '../../../../src/contract/imports';
import { wsPath } from '../../api/client';
import { uploadCsv } from '../../api/uploadCsv';
import { importKeys } from './useImportJobs';

/** `POST /imports/:kind`: uploads the CSV with progress; answers with the finished job. */
export function useStartImport(workspaceId: string, onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file }: { kind: ImportKind; file: File }) => {
      const text = await file.text();
      const params = new URLSearchParams({ fileName: file.name });
      const body = await uploadCsv(wsPath(workspaceId, `/imports/${kind}?${params}`), text, onProgress);
      return importJobSchema.parse(body);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: importKeys.jobs(workspaceId) }),
  });
}
