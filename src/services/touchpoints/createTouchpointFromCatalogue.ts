import type { FromCatalogueInput, Touchpoint } from '../../contract/touchpoints';
import { analogTouchpoints, digitalInterfaces } from '../../core/catalogue';
import { mapAidalaPhases } from '../../core/journeyModels';
import { err, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { getWorkspace } from '../workspaces';
import { createTouchpoint } from './saveTouchpoint';

export async function createTouchpointFromCatalogue(
  ctx: WorkspaceContext,
  input: FromCatalogueInput,
): Promise<Result<Touchpoint>> {
  const digital = digitalInterfaces.find((d) => d.key === input.catalogueKey);
  const analog = analogTouchpoints.find((a) => a.key === input.catalogueKey);
  const entry = digital ?? analog;
  if (!entry)
    return err('validation_failed', 'Unknown catalogue entry', {
      field: 'catalogueKey',
      value: input.catalogueKey,
    });
  const ws = await getWorkspace(ctx.db, ctx.workspaceId);
  if (!ws) return err('not_found', 'Workspace not found');
  const keys = mapAidalaPhases(ws.journeyModel.kind, entry.phases);
  const phaseIds =
    input.phaseIds ?? ws.journeyModel.phases.filter((p) => keys.includes(p.key)).map((p) => p.id);
  const name = input.name ?? (digital ? digital.name : (analog?.nameDe ?? input.catalogueKey));
  return createTouchpoint(ctx, {
    name,
    catalogueKey: entry.key,
    type: digital ? digital.name : (analog?.nameDe ?? ''),
    medium: digital ? 'digital' : 'analog',
    directness: analog && !analog.direct ? 'indirect' : 'direct',
    ownership: entry.ownership,
    phaseClass: entry.phaseClass,
    checklistKind: digital?.checklistKind ?? null,
    customerView: digital ? digital.definitionDe : (analog?.descriptionDe ?? ''),
    phaseIds,
    personaIds: input.personaIds ?? [],
    ...(input.targetMaturity && { targetMaturity: input.targetMaturity }),
    ...(input.quickcheckRunId && { quickcheckRunId: input.quickcheckRunId }),
  });
}

/** Retires an obsolete touchpoint (seed 004): it leaves the map, its ratings and history stay. */
