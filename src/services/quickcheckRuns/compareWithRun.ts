import type { QuickcheckComparison, QuickcheckRun } from '../../contract/quickcheck';
import { compareQuickcheckRuns, quickcheckQuestions } from '../../core/quickcheck';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { getQuickcheckRun } from './quickcheckRunStore';

/**
 * Compares a run with an earlier one: the answers that differ and how each interface moved, in the order
 * of the later ranking (see `compareQuickcheckRuns`).
 */
export async function compareWithRun(
  ctx: WorkspaceContext,
  id: string,
  earlierId: string,
): Promise<Result<QuickcheckComparison>> {
  const [later, earlier] = await Promise.all([getQuickcheckRun(ctx, id), getQuickcheckRun(ctx, earlierId)]);
  if (!later.ok) return later;
  if (!earlier.ok)
    return err('not_found', 'The run to compare with was not found', { field: 'with', id: earlierId });
  const catalogue = new Map(later.value.results.map((row) => [row.interface, row]));
  const reference = (run: QuickcheckRun) => ({
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    createdByName: run.createdByName,
  });
  return ok({
    run: reference(later.value),
    earlier: reference(earlier.value),
    answerChanges: quickcheckQuestions.flatMap((question, q) => {
      const before = earlier.value.answers[q];
      const after = later.value.answers[q];
      return before === undefined || after === undefined || before === after
        ? []
        : [
            {
              questionKey: question.key,
              categoryDe: question.categoryDe,
              categoryEn: question.categoryEn,
              before,
              after,
            },
          ];
    }),
    rows: compareQuickcheckRuns(earlier.value.results, later.value.results).map((row) => {
      const entry = catalogue.get(row.interface);
      return { ...row, key: entry?.key ?? '', nameEn: entry?.nameEn ?? row.interface };
    }),
  });
}
