import { useMutation } from '@tanstack/react-query';
import { workspaceImportResultSchema } from '../../../../src/contract/workspaceDocument';
import { api } from '../../api/client';

/** `POST /workspaces/import`: a new workspace from an exported document, optionally under a new name. */
export function useImportWorkspace() {
  return useMutation({
    mutationFn: ({ document, name }: { document: unknown; name: string }) =>
      api(`/workspaces/import${name ? `?name=${encodeURIComponent(name)}` : ''}`, {
        method: 'POST',
        body: document,
        schema: workspaceImportResultSchema,
      }),
  });
}
