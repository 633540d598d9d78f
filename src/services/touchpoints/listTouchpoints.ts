import type { Selectable } from 'kysely';
import type { TouchpointsTable } from '../../db/schema';
import type { Touchpoint } from '../../contract/touchpoints';
import { deriveMaturity } from '../../core/catalogue';
import { err, ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';

export async function listTouchpoints(
  ctx: WorkspaceContext,
  filter: { personaId?: string; phaseId?: string; includeRetired?: boolean; ids?: string[] } = {},
): Promise<Touchpoint[]> {
  let q = ctx.db.selectFrom('touchpoints').selectAll().where('workspace_id', '=', ctx.workspaceId);
  if (!filter.includeRetired) q = q.where('retired_at', 'is', null);
  if (filter.ids)
    q = filter.ids.length === 0 ? q.where((eb) => eb.val(false)) : q.where('id', 'in', filter.ids);
  if (filter.personaId) {
    const personaId = filter.personaId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('touchpoint_personas as tp')
          .select('tp.touchpoint_id')
          .where('tp.workspace_id', '=', ctx.workspaceId)
          .where('tp.persona_id', '=', personaId)
          .whereRef('tp.touchpoint_id', '=', 'touchpoints.id'),
      ),
    );
  }
  if (filter.phaseId) {
    const phaseId = filter.phaseId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('touchpoint_phases as tph')
          .select('tph.touchpoint_id')
          .where('tph.workspace_id', '=', ctx.workspaceId)
          .where('tph.phase_id', '=', phaseId)
          .whereRef('tph.touchpoint_id', '=', 'touchpoints.id'),
      ),
    );
  }
  const rows = await q.orderBy('name').execute();
  return hydrate(ctx, rows);
}

export async function getTouchpoint(ctx: WorkspaceContext, id: string): Promise<Result<Touchpoint>> {
  const [found] = await listTouchpoints(ctx, { ids: [id], includeRetired: true });
  return found ? ok(found) : err('not_found', 'Touchpoint not found', { id });
}

/** Loads phases, personas, ratings and checklists for many touchpoints in four queries. */
async function hydrate(ctx: WorkspaceContext, rows: Selectable<TouchpointsTable>[]): Promise<Touchpoint[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const ws = ctx.workspaceId;
  const [phases, personas, ratings, checks] = await Promise.all([
    ctx.db
      .selectFrom('touchpoint_phases')
      .innerJoin('phases', (j) =>
        j
          .onRef('phases.id', '=', 'touchpoint_phases.phase_id')
          .onRef('phases.workspace_id', '=', 'touchpoint_phases.workspace_id'),
      )
      .select(['touchpoint_phases.touchpoint_id', 'touchpoint_phases.phase_id'])
      .where('touchpoint_phases.workspace_id', '=', ws)
      .where('touchpoint_phases.touchpoint_id', 'in', ids)
      .orderBy('phases.position')
      .execute(),
    ctx.db
      .selectFrom('touchpoint_personas')
      .select(['touchpoint_id', 'persona_id'])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .execute(),
    ctx.db
      .selectFrom('ratings')
      .select((eb) => [
        'touchpoint_id',
        'source',
        eb.fn.avg<number>('score').as('average'),
        eb.fn.countAll<number>().as('count'),
      ])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .groupBy(['touchpoint_id', 'source'])
      .execute(),
    ctx.db
      .selectFrom('touchpoint_checklist')
      .select(['touchpoint_id', 'criterion_key'])
      .where('workspace_id', '=', ws)
      .where('touchpoint_id', 'in', ids)
      .orderBy('criterion_key')
      .execute(),
  ]);
  const group = <T extends { touchpoint_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.touchpoint_id, [...(map.get(item.touchpoint_id) ?? []), item]);
    return map;
  };
  const phaseMap = group(phases);
  const personaMap = group(personas);
  const ratingMap = group(ratings);
  const checkMap = group(checks);
  return rows.map((r) => {
    const rated = ratingMap.get(r.id) ?? [];
    const summary = (source: string) => {
      const s = rated.find((x) => x.source === source);
      return s
        ? { average: Math.round(Number(s.average) * 10) / 10, count: Number(s.count) }
        : { average: null, count: 0 };
    };
    const checkedKeys = (checkMap.get(r.id) ?? []).map((c) => c.criterion_key);
    const kind = r.checklist_kind;
    return {
      id: r.id,
      name: r.name,
      catalogueKey: r.catalogue_key,
      type: r.type,
      medium: r.medium,
      directness: r.directness,
      ownership: r.ownership,
      phaseClass: r.phase_class,
      department: r.department,
      customerView: r.customer_view,
      relevance: r.relevance,
      momentThatMatters: r.moment_that_matters,
      checklistKind: kind,
      phaseIds: (phaseMap.get(r.id) ?? []).map((p) => p.phase_id),
      personaIds: (personaMap.get(r.id) ?? []).map((p) => p.persona_id),
      impact: r.impact,
      effort: r.effort,
      current: {
        maturity: r.current_maturity,
        notes: r.current_notes,
        assessedBy: r.current_assessed_by,
        assessedAt: r.current_assessed_at?.toISOString() ?? null,
        customerRating: summary('customer'),
        employeeRating: summary('employee'),
      },
      target: {
        maturity: r.target_maturity,
        description: r.target_description,
        rating: r.target_rating === null ? null : Number(r.target_rating),
      },
      checklist: { checkedKeys, derivedMaturity: kind ? deriveMaturity(kind, new Set(checkedKeys)) : null },
      quickcheckRunId: r.quickcheck_run_id,
      retiredAt: r.retired_at?.toISOString() ?? null,
      retiredReason: r.retired_reason,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
    };
  });
}
