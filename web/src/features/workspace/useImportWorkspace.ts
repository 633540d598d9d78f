import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';

const importedSchema = z.object({ workspaceId: z.string(), counts: z.record(z.string(), z.number()) });

/** `POST /workspaces/import`: a new workspace from an exported document, optionally under a new name. */
export function useImportWorkspace() {
  return useMutation({
    mutationFn: ({ document, name }: { document: unknown; name: string }) =>
      api(`/workspaces/import${name ? `?name=${encodeURIComponent(name)}` : ''}`, {
        method: 'POST',
        body: document,
        schema: importedSchema,
      }),
  });
}
