import { z } from 'zod';
import { LIST_SEPARATOR, splitList } from '../core/csv/safeCell';
import { measureStatusSchema } from '../core/model';
import type { Result } from '../core/result';
import type { MeasurePatch } from '../contract/measures';
import type { WorkspaceContext } from './context';
import {
  applyCsvRows,
  blankIsMissing,
  fromCsv,
  rowProblems,
  scoreCell,
  toCsv,
  unknownIdProblem,
  type CsvRowProblem,
} from './csvTable';
import { createMeasure, listMeasures, updateMeasure } from './measures';
import { listTouchpoints } from './touchpoints';
import type { CsvImportResult } from '../contract/imports';

/** The columns of the action plan CSV. Touchpoints are named, `|`-separated. */
export const ACTION_PLAN_COLUMNS = [
  'id',
  'title',
  'touchpoints',
  'owner',
  'due_date',
  'status',
  'effort',
  'expected_impact',
  'description',
  'overdue',
] as const;

export async function exportActionPlanCsv(ctx: WorkspaceContext): Promise<string> {
  const [measures, touchpoints] = await Promise.all([
    listMeasures(ctx),
    listTouchpoints(ctx, { includeRetired: true }),
  ]);
  const name = new Map(touchpoints.map((t) => [t.id, t.name]));
  return toCsv(
    ACTION_PLAN_COLUMNS,
    measures.map((m) => ({
      id: m.id,
      title: m.title,
      touchpoints: m.touchpointIds
        .map((id) => name.get(id))
        .filter(Boolean)
        .join(LIST_SEPARATOR),
      owner: m.owner,
      due_date: m.dueDate,
      status: m.status,
      effort: m.effort,
      expected_impact: m.expectedImpact,
      description: m.description,
      overdue: m.overdue,
    })),
  );
}

const rowSchema = z.object({
  id: blankIsMissing(z.uuid()),
  title: z.string().trim().min(1, 'must not be empty').max(200),
  touchpoints: z.string().default(''),
  owner: z.string().max(200).optional(),
  due_date: blankIsMissing(
    z.iso
      .date('must be a date like 2026-12-31')
      // The calendar has no year 0, and PostgreSQL rejects it.
      .refine((d) => !d.startsWith('0000'), 'must be a date like 2026-12-31'),
  ),
  status: blankIsMissing(measureStatusSchema),
  effort: scoreCell,
  expected_impact: scoreCell,
  description: z.string().max(10_000).optional(),
});

/** Imports measures: a known id updates, anything else creates. Bad rows are all reported; then nothing is written. */
export async function importActionPlanCsv(
  ctx: WorkspaceContext,
  file: Uint8Array | string,
): Promise<Result<CsvImportResult>> {
  const table = fromCsv(file, ['title'], ACTION_PLAN_COLUMNS);
  if (!table.ok) return table;
  const [measures, touchpoints] = await Promise.all([
    listMeasures(ctx),
    listTouchpoints(ctx, { includeRetired: true }),
  ]);
  const byName = new Map(touchpoints.map((t) => [t.name.toLowerCase(), t.id]));
  const known = new Set(measures.map((m) => m.id));
  const problems: CsvRowProblem[] = [];
  const planned: { id?: string; patch: MeasurePatch & { title: string } }[] = [];
  for (const { line, cells } of table.value) {
    const { overdue: _ignored, ...input } = cells;
    const parsed = rowSchema.safeParse(input);
    if (!parsed.success) {
      problems.push(...rowProblems(line, parsed.error));
      continue;
    }
    const r = parsed.data;
    const names = splitList(r.touchpoints);
    const bad = names.filter((n) => !byName.has(n.toLowerCase()));
    if (bad.length)
      problems.push({ line, column: 'touchpoints', message: `unknown touchpoint ${bad.join(', ')}` });
    problems.push(...unknownIdProblem(line, r.id, known, 'measure'));
    planned.push({
      ...(r.id && { id: r.id }),
      patch: {
        title: r.title,
        touchpointIds: names.map((n) => byName.get(n.toLowerCase()) as string),
        ...(r.owner !== undefined && { owner: r.owner }),
        ...(cells.due_date !== undefined && { dueDate: r.due_date ?? null }),
        ...(r.status && { status: r.status }),
        ...(r.effort && { effort: r.effort }),
        ...(r.expected_impact && { expectedImpact: r.expected_impact }),
        ...(r.description !== undefined && { description: r.description }),
      },
    });
  }
  return applyCsvRows(ctx, problems, planned, { create: createMeasure, update: updateMeasure });
}
