import type { Touchpoint, TouchpointPatch } from '../contract/touchpoints';
import { changedFields, type FieldChange } from '../core/history/fieldChanges';
import type { WorkspaceContext } from './context';

/** A touchpoint's values under the names its patch uses, to compare a patch with. */
function patchView(tp: Touchpoint): Record<keyof TouchpointPatch, unknown> {
  return {
    name: tp.name,
    catalogueKey: tp.catalogueKey,
    type: tp.type,
    medium: tp.medium,
    directness: tp.directness,
    ownership: tp.ownership,
    phaseClass: tp.phaseClass,
    department: tp.department,
    customerView: tp.customerView,
    relevance: tp.relevance,
    momentThatMatters: tp.momentThatMatters,
    checklistKind: tp.checklistKind,
    phaseIds: tp.phaseIds,
    personaIds: tp.personaIds,
    impact: tp.impact,
    effort: tp.effort,
    currentMaturity: tp.current.maturity,
    currentNotes: tp.current.notes,
    targetMaturity: tp.target.maturity,
    targetDescription: tp.target.description,
    targetRating: tp.target.rating,
  };
}

function idsOf(change: FieldChange): string[] {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return [...new Set([...list(change.before), ...list(change.after)])];
}

/**
 * What a patch changes on a touchpoint, field by field with old and new values; phase and persona ids
 * carry their names as they are now.
 *
 * @example
 * await touchpointChanges(ctx, before, { effort: 2, name: before.name });
 * // [{ field: 'effort', before: 3, after: 2 }]
 */
export async function touchpointChanges(
  ctx: WorkspaceContext,
  before: Touchpoint,
  patch: TouchpointPatch,
): Promise<FieldChange[]> {
  const changes = changedFields(patchView(before), patch);
  return Promise.all(
    changes.map(async (change) => {
      const ids = idsOf(change);
      if (ids.length === 0) return change;
      if (change.field === 'phaseIds') {
        const rows = await ctx.db
          .selectFrom('phases')
          .select(['id', 'name_de', 'name_en'])
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', 'in', ids)
          .execute();
        return {
          ...change,
          labels: Object.fromEntries(rows.map((r) => [r.id, { de: r.name_de, en: r.name_en }])),
        };
      }
      if (change.field === 'personaIds') {
        const rows = await ctx.db
          .selectFrom('personas')
          .select(['id', 'name'])
          .where('workspace_id', '=', ctx.workspaceId)
          .where('id', 'in', ids)
          .execute();
        return { ...change, labels: Object.fromEntries(rows.map((r) => [r.id, { de: r.name, en: r.name }])) };
      }
      return change;
    }),
  );
}
