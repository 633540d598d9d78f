import { useMutation } from '@tanstack/react-query';
import { API_BASE, ApiError, wsPath } from '../../api/client';
import { saveBlob } from '../../api/saveBlob';

/** Downloads `GET /measures.csv` and hands it to the browser as a file; resolves with the file name. */
export function useExportMeasuresCsv(workspaceId: string) {
  return useMutation({
    mutationFn: async () => {
      const response = await fetch(`${API_BASE}${wsPath(workspaceId, '/measures.csv')}`, {
        credentials: 'same-origin',
      }).catch(() => {
        throw new ApiError(0, 'network', 'The server cannot be reached');
      });
      if (!response.ok) throw new ApiError(response.status, `http_${response.status}`, response.statusText);
      const disposition = response.headers.get('content-disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'action-plan.csv';
      saveBlob(await response.blob(), fileName);
      return fileName;
    },
  });
}
