import { useMutation, useQueryClient } from '@tanstack/react-query';
import { csvImportResultSchema } from '../../../../src/contract/imports';
import { wsPath } from '../../api/client';
import { invalidateMeasures } from './invalidateMeasures';
import { uploadCsv } from '../../api/uploadCsv';

/** `POST /measures/import`: all rows or none; `onProgress` gets the uploaded share (0-1). */
export function useImportMeasures(workspaceId: string, onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      csvImportResultSchema.parse(await uploadCsv(wsPath(workspaceId, '/measures/import'), file, onProgress)),
    onSuccess: () => invalidateMeasures(queryClient, workspaceId),
  });
}
