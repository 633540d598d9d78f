import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import {
  quickcheckAdoptResultSchema,
  quickcheckRunSchema,
  type QuickcheckAdoptInput,
  type QuickcheckAdoptResult,
  type QuickcheckRun,
} from '../../../../src/contract/quickcheck';
import type { QuickcheckAnswer } from '../../../../src/core/quickcheck';
import { api, wsPath } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { quickcheckKeys } from './quickcheckKeys';

/** A saved run, or answers to save first (the result screen adopts in one step). */
export type AdoptSource = { runId: string } | { answers: QuickcheckAnswer[]; name: string };

export interface AdoptVariables {
  source: AdoptSource;
  input: QuickcheckAdoptInput;
}

/**
 * Turns recommended interfaces into target touchpoints. From unsaved answers it saves the run first,
 * because the adopted touchpoints link to it; if the adoption then fails, the saved run stays and can
 * be adopted from again: a retry with the same answers adopts into that run instead of saving another.
 */
export function useAdoptQuickcheck(workspaceId: string) {
  const queryClient = useQueryClient();
  const saved = useRef<{ answers: readonly QuickcheckAnswer[]; run: QuickcheckRun } | null>(null);
  return useMutation({
    mutationFn: async ({
      source,
      input,
    }: AdoptVariables): Promise<{
      runId: string;
      savedRun: QuickcheckRun | null;
      result: QuickcheckAdoptResult;
    }> => {
      const alreadySaved =
        'answers' in source && saved.current?.answers === source.answers ? saved.current.run : null;
      const savedRun =
        'runId' in source
          ? null
          : (alreadySaved ??
            (await api(wsPath(workspaceId, '/quickcheck/runs'), {
              method: 'POST',
              body: { answers: source.answers, ...(source.name.trim() && { name: source.name.trim() }) },
              schema: quickcheckRunSchema,
            })));
      if (savedRun && 'answers' in source) saved.current = { answers: source.answers, run: savedRun };
      const runId = savedRun?.id ?? ('runId' in source ? source.runId : '');
      if (savedRun) {
        queryClient.setQueryData(quickcheckKeys.run(workspaceId, savedRun.id), savedRun);
        void queryClient.invalidateQueries({ queryKey: quickcheckKeys.runs(workspaceId) });
      }
      const result = await api(wsPath(workspaceId, `/quickcheck/runs/${runId}/adopt`), {
        method: 'POST',
        body: input,
        schema: quickcheckAdoptResultSchema,
      });
      return { runId, savedRun, result };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.allTouchpoints(workspaceId) }),
  });
}
