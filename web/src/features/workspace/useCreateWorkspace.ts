import { useMutation } from '@tanstack/react-query';
import type { WorkspaceLocale, WorkspaceStart } from '../../../../src/contract/workspaces';
import type { JourneyModelKind } from '../../../../src/core/model';
import { api } from '../../api/client';
import { workspaceSchema } from './workspaceSchema';

export interface NewWorkspace {
  name: string;
  start: WorkspaceStart;
  journeyModel: Exclude<JourneyModelKind, 'custom'>;
  locale: WorkspaceLocale;
}

/** `POST /workspaces`: an empty workspace, one from the method template, or a copy of the demo. */
export function useCreateWorkspace() {
  return useMutation({
    mutationFn: (input: NewWorkspace) =>
      api('/workspaces', {
        method: 'POST',
        body: { ...input, journeyModel: { kind: input.journeyModel } },
        schema: workspaceSchema,
      }),
  });
}
