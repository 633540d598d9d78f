import type { WorkspaceDocument } from '../../contract/workspaceDocument';
import { checkGoal, swotQuadrants } from '../../core/strategy';
import type { Db } from '../../db/database';
import type { WorkspaceContext } from '../context';
import type { DocumentProblem } from '../workspaceTransfer';
import { listGoals } from './goals';
import { listSwotEntries } from './swotEntries';

type Strategy = Pick<WorkspaceDocument, 'swotEntries' | 'goals'>;

/**
 * The cross-checks of a document's SWOT entries and goals: every ref they use exists, goal refs are
 * unique, and the goals fit the two levels (src/core/strategy/checkGoal.ts).
 * @example problems.push(...strategyProblems(doc, touchpointRefs, kpiRefs));
 */
export function strategyProblems(
  doc: Strategy,
  touchpointRefs: ReadonlySet<string>,
  kpiRefs: ReadonlySet<string>,
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  doc.swotEntries.forEach((e, i) => {
    if (e.touchpoint !== null && !touchpointRefs.has(e.touchpoint))
      problems.push({ path: `swotEntries[${i}].touchpoint`, message: `unknown touchpoint ${e.touchpoint}` });
  });
  const levels = new Map<string, WorkspaceDocument['goals'][number]['level']>();
  doc.goals.forEach((g, i) => {
    if (levels.has(g.ref)) problems.push({ path: `goals[${i}].ref`, message: `duplicate ref ${g.ref}` });
    levels.set(g.ref, g.level);
  });
  doc.goals.forEach((g, i) => {
    const at = `goals[${i}]`;
    const children = doc.goals.filter((c) => c.parent === g.ref).length;
    const shape = checkGoal(
      { id: g.ref, level: g.level, category: g.category, parentId: g.parent },
      g.parent === null ? undefined : levels.get(g.parent),
      children,
    );
    if (!shape.ok) {
      const field = typeof shape.error.details?.field === 'string' ? shape.error.details.field : 'level';
      problems.push({
        path: `${at}.${field === 'parentId' ? 'parent' : field}`,
        message: shape.error.message,
      });
    }
    if (g.touchpoint !== null && !touchpointRefs.has(g.touchpoint))
      problems.push({ path: `${at}.touchpoint`, message: `unknown touchpoint ${g.touchpoint}` });
    g.kpis.forEach(
      (k, j) => kpiRefs.has(k) || problems.push({ path: `${at}.kpis[${j}]`, message: `unknown KPI ${k}` }),
    );
  });
  return problems;
}

/**
 * Writes a checked document's SWOT entries and goals into a new workspace, inside the import's
 * transaction; answers how many of each.
 */
export async function importStrategy(
  trx: Db,
  workspaceId: string,
  doc: Strategy,
  touchpointIds: ReadonlyMap<string, string>,
  kpiIds: ReadonlyMap<string, string>,
): Promise<{ swotEntries: number; goals: number }> {
  const positions = new Map<string, number>();
  for (const e of doc.swotEntries) {
    const board = `${e.touchpoint ?? ''}|${e.quadrant}`;
    const position = positions.get(board) ?? 0;
    positions.set(board, position + 1);
    await trx
      .insertInto('swot_entries')
      .values({
        workspace_id: workspaceId,
        touchpoint_id: e.touchpoint === null ? null : (touchpointIds.get(e.touchpoint) ?? null),
        quadrant: e.quadrant,
        text: e.text,
        position,
        created_by: null,
        created_by_name: e.createdByName,
      })
      .execute();
  }
  const goalIds = new Map<string, string>();
  // Macro goals first, so every micro goal's parent exists when it is written.
  const ordered = [...doc.goals].sort((a, b) => Number(a.level === 'micro') - Number(b.level === 'micro'));
  for (const g of ordered) {
    const { id } = await trx
      .insertInto('goals')
      .values({
        workspace_id: workspaceId,
        level: g.level,
        parent_id: g.parent === null ? null : (goalIds.get(g.parent) ?? null),
        title: g.title,
        description: g.description,
        category: g.category,
        target_date: g.targetDate,
        touchpoint_id: g.touchpoint === null ? null : (touchpointIds.get(g.touchpoint) ?? null),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    goalIds.set(g.ref, id);
    const kpis = [...new Set(g.kpis.flatMap((k) => kpiIds.get(k) ?? []))];
    if (kpis.length)
      await trx
        .insertInto('goal_kpis')
        .values(kpis.map((kpi_id) => ({ workspace_id: workspaceId, goal_id: id, kpi_id })))
        .execute();
  }
  return { swotEntries: doc.swotEntries.length, goals: doc.goals.length };
}

/** The workspace's SWOT entries (quadrant by quadrant, in order) and goals as document parts. */
export async function exportStrategy(ctx: WorkspaceContext): Promise<Strategy> {
  const [entries, goals] = await Promise.all([listSwotEntries(ctx), listGoals(ctx)]);
  const rank = (q: (typeof swotQuadrants)[number]) => swotQuadrants.indexOf(q);
  return {
    swotEntries: [...entries]
      .sort((a, b) => rank(a.quadrant) - rank(b.quadrant) || a.position - b.position)
      .map((e) => ({
        touchpoint: e.touchpointId,
        quadrant: e.quadrant,
        text: e.text,
        createdByName: e.createdBy,
      })),
    goals: goals.map((g) => ({
      ref: g.id,
      level: g.level,
      parent: g.parentId,
      title: g.title,
      description: g.description,
      category: g.category,
      targetDate: g.targetDate,
      touchpoint: g.touchpointId,
      kpis: g.kpis.map((k) => k.id),
    })),
  };
}
