import { z } from 'zod';
import { splitList, LIST_SEPARATOR } from '../core/csv/safeCell';
import {
  checklistKindSchema,
  directnessSchema,
  maturitySchema,
  mediumSchema,
  ownershipSchema,
  phaseClassSchema,
} from '../core/model';
import type { Result } from '../core/result';
import type { TouchpointPatch } from '../contract/touchpoints';
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
import { listPersonas } from './personas';
import { createTouchpoint, listTouchpoints, updateTouchpoint } from './touchpoints';
import { getWorkspace } from './workspaces';
import type { CsvImportResult } from '../contract/imports';

/** The columns of the touchpoint inventory CSV, in order. Phases and personas are `|`-separated. */
export const INVENTORY_COLUMNS = [
  'id',
  'name',
  'phases',
  'personas',
  'medium',
  'directness',
  'ownership',
  'phase_class',
  'department',
  'catalogue_key',
  'type',
  'relevance',
  'moment_that_matters',
  'checklist_kind',
  'current_maturity',
  'current_notes',
  'customer_rating',
  'employee_rating',
  'target_maturity',
  'target_description',
  'target_rating',
  'impact',
  'effort',
  'customer_view',
  'retired',
] as const;
/** Computed on export, ignored on import. */
const EXPORT_ONLY = new Set(['customer_rating', 'employee_rating', 'retired']);

export async function exportInventoryCsv(ctx: WorkspaceContext): Promise<string> {
  const [ws, personas, touchpoints] = await Promise.all([
    getWorkspace(ctx.db, ctx.workspaceId),
    listPersonas(ctx),
    listTouchpoints(ctx, { includeRetired: true }),
  ]);
  const phaseKey = new Map((ws?.journeyModel.phases ?? []).map((p) => [p.id, p.key]));
  const personaName = new Map(personas.map((p) => [p.id, p.name]));
  return toCsv(
    INVENTORY_COLUMNS,
    touchpoints.map((t) => ({
      id: t.id,
      name: t.name,
      phases: t.phaseIds
        .map((id) => phaseKey.get(id))
        .filter(Boolean)
        .join(LIST_SEPARATOR),
      personas: t.personaIds
        .map((id) => personaName.get(id))
        .filter(Boolean)
        .join(LIST_SEPARATOR),
      medium: t.medium,
      directness: t.directness,
      ownership: t.ownership,
      phase_class: t.phaseClass,
      department: t.department,
      catalogue_key: t.catalogueKey,
      type: t.type,
      relevance: t.relevance,
      moment_that_matters: t.momentThatMatters,
      checklist_kind: t.checklistKind,
      current_maturity: t.current.maturity,
      current_notes: t.current.notes,
      customer_rating: t.current.customerRating.average,
      employee_rating: t.current.employeeRating.average,
      target_maturity: t.target.maturity,
      target_description: t.target.description,
      target_rating: t.target.rating,
      impact: t.impact,
      effort: t.effort,
      customer_view: t.customerView,
      retired: t.retiredAt !== null,
    })),
  );
}

const rowSchema = z.object({
  id: blankIsMissing(z.uuid()),
  name: z.string().trim().min(1, 'must not be empty').max(200),
  phases: z.string().default(''),
  personas: z.string().default(''),
  medium: blankIsMissing(mediumSchema),
  directness: blankIsMissing(directnessSchema),
  ownership: blankIsMissing(ownershipSchema),
  phase_class: blankIsMissing(phaseClassSchema),
  department: z.string().max(200).optional(),
  catalogue_key: z.string().max(100).optional(),
  type: z.string().max(200).optional(),
  relevance: scoreCell,
  moment_that_matters: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : v),
    z.enum(['true', 'false', '1', '0', 'ja', 'nein', 'yes', 'no']).optional(),
  ),
  checklist_kind: blankIsMissing(checklistKindSchema),
  current_maturity: blankIsMissing(maturitySchema),
  current_notes: z.string().max(10_000).optional(),
  target_maturity: blankIsMissing(maturitySchema),
  target_description: z.string().max(10_000).optional(),
  target_rating: z.preprocess(
    (v) => (v === '' ? undefined : Number(String(v).replace(',', '.'))),
    z.number().min(1).max(5).optional(),
  ),
  impact: scoreCell,
  effort: scoreCell,
  customer_view: z.string().max(10_000).optional(),
});

/**
 * Imports the inventory: a row with the id of an existing touchpoint updates it, any other row creates one.
 * Every row is checked first; with one bad row nothing is written and every bad row is reported. The
 * file comes as its bytes (any encoding `fromCsv` reads) or as text.
 */
export async function importInventoryCsv(
  ctx: WorkspaceContext,
  file: Uint8Array | string,
): Promise<Result<CsvImportResult>> {
  const table = fromCsv(file, ['name'], INVENTORY_COLUMNS);
  if (!table.ok) return table;
  const [ws, personas, existing] = await Promise.all([
    getWorkspace(ctx.db, ctx.workspaceId),
    listPersonas(ctx),
    listTouchpoints(ctx, { includeRetired: true }),
  ]);
  const phaseId = new Map((ws?.journeyModel.phases ?? []).map((p) => [p.key, p.id]));
  const personaId = new Map(personas.map((p) => [p.name.toLowerCase(), p.id]));
  const existingIds = new Set(existing.map((t) => t.id));
  const problems: CsvRowProblem[] = [];
  const planned: { id?: string; patch: TouchpointPatch & { name: string } }[] = [];
  for (const { line, cells } of table.value) {
    const input = Object.fromEntries(Object.entries(cells).filter(([k]) => !EXPORT_ONLY.has(k)));
    const parsed = rowSchema.safeParse(input);
    if (!parsed.success) {
      problems.push(...rowProblems(line, parsed.error));
      continue;
    }
    const r = parsed.data;
    const phases = splitList(r.phases);
    const badPhases = phases.filter((p) => !phaseId.has(p));
    if (badPhases.length)
      problems.push({
        line,
        column: 'phases',
        message: `unknown phase ${badPhases.join(', ')}; known: ${[...phaseId.keys()].join(', ')}`,
      });
    const names = splitList(r.personas);
    const badPersonas = names.filter((n) => !personaId.has(n.toLowerCase()));
    if (badPersonas.length)
      problems.push({ line, column: 'personas', message: `unknown persona ${badPersonas.join(', ')}` });
    problems.push(...unknownIdProblem(line, r.id, existingIds, 'touchpoint'));
    const patch: TouchpointPatch & { name: string } = {
      name: r.name,
      phaseIds: phases.map((p) => phaseId.get(p) as string),
      personaIds: names.map((n) => personaId.get(n.toLowerCase()) as string),
      ...(r.medium && { medium: r.medium }),
      ...(r.directness && { directness: r.directness }),
      ...(r.ownership && { ownership: r.ownership }),
      ...(r.phase_class && { phaseClass: r.phase_class }),
      ...(r.department !== undefined && { department: r.department }),
      ...(r.catalogue_key !== undefined && { catalogueKey: r.catalogue_key || null }),
      ...(r.type !== undefined && { type: r.type }),
      ...(r.relevance && { relevance: r.relevance }),
      ...(r.moment_that_matters && {
        momentThatMatters: ['true', '1', 'ja', 'yes'].includes(r.moment_that_matters),
      }),
      ...(cells.checklist_kind !== undefined && { checklistKind: r.checklist_kind ?? null }),
      ...(r.current_maturity && { currentMaturity: r.current_maturity }),
      ...(r.current_notes !== undefined && { currentNotes: r.current_notes }),
      ...(r.target_maturity && { targetMaturity: r.target_maturity }),
      ...(r.target_description !== undefined && { targetDescription: r.target_description }),
      ...(cells.target_rating !== undefined && { targetRating: r.target_rating ?? null }),
      ...(r.impact && { impact: r.impact }),
      ...(r.effort && { effort: r.effort }),
      ...(r.customer_view !== undefined && { customerView: r.customer_view }),
    };
    planned.push({ ...(r.id && { id: r.id }), patch });
  }
  return applyCsvRows(ctx, problems, planned, { create: createTouchpoint, update: updateTouchpoint });
}
