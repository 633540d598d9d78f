import { useMutation, useQueryClient } from '@tanstack/react-query';
import { kpiValueSchema } from '../../../../src/contract/kpis';
import { api, wsPath } from '../../api/client';
import type { KpiCsvRow } from './kpiValuesCsv';
import { monitoringKeys } from './monitoringKeys';

/** Thrown when a row fails after earlier rows were saved; says exactly which ones are in. */
export class KpiImportStopped extends Error {
  constructor(
    readonly savedLines: number[],
    readonly failedLine: number,
    override readonly cause: unknown,
  ) {
    super(`KPI import stopped at line ${failedLine}`);
  }
}

/**
 * Posts checked CSV rows one by one (`POST /kpis/:id/values`), reporting progress after each. The
 * first failure stops the import; the error lists the lines saved before it, so nothing is guessed.
 */
export function useImportKpiValues(workspaceId: string, onProgress: (done: number, total: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (rows: readonly KpiCsvRow[]) => {
      const saved: number[] = [];
      onProgress(0, rows.length);
      for (const row of rows) {
        try {
          await api(wsPath(workspaceId, `/kpis/${row.kpiId}/values`), {
            method: 'POST',
            body: row.value,
            schema: kpiValueSchema,
          });
        } catch (error) {
          throw new KpiImportStopped(saved, row.line, error);
        }
        saved.push(row.line);
        onProgress(saved.length, rows.length);
      }
      return saved;
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: monitoringKeys.kpis(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: ['ws', workspaceId, 'touchpoint'] }),
      ]),
  });
}
