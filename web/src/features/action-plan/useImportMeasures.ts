import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { wsPath } from '../../api/client';
import { invalidateMeasures } from './invalidateMeasures';
import { uploadCsv } from '../../api/uploadCsv';

const resultSchema = z.object({ created: z.number(), updated: z.number() });

/** `POST /measures/import`: all rows or none; `onProgress` gets the uploaded share (0-1). */
export function useImportMeasures(workspaceId: string, onProgress: (share: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) =>
      resultSchema.parse(await uploadCsv(wsPath(workspaceId, '/measures/import'), file, onProgress)),
    onSuccess: () => invalidateMeasures(queryClient, workspaceId),
  });
}
