import type { Db } from '../../db/database';
import type { PhaseRef } from '../../contract/profiles';
import { phaseOfTouchpoints } from '../../core/profiles/phaseOfTouchpoints';

/**
 * The phases of the workspace's active journey model by key, and the phase of each touchpoint in it
 * (the rule: `phaseOfTouchpoints`).
 */
export async function activePhases(
  db: Db,
  workspaceId: string,
): Promise<{ byKey: Map<string, PhaseRef>; ofTouchpoint: Map<string, PhaseRef> }> {
  const [phases, links] = await Promise.all([
    db
      .selectFrom('phases as p')
      .innerJoin('workspaces as w', (j) =>
        j
          .onRef('w.workspace_id', '=', 'p.workspace_id')
          .onRef('w.journey_model_id', '=', 'p.journey_model_id'),
      )
      .select(['p.id', 'p.key', 'p.name_de', 'p.name_en'])
      .where('p.workspace_id', '=', workspaceId)
      .orderBy('p.position')
      .execute(),
    db
      .selectFrom('touchpoint_phases')
      .select(['touchpoint_id', 'phase_id'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
  ]);
  const refs = phases.map((p) => ({ id: p.id, ref: { key: p.key, nameDe: p.name_de, nameEn: p.name_en } }));
  return {
    byKey: new Map(phases.map((p) => [p.key, { key: p.key, nameDe: p.name_de, nameEn: p.name_en }])),
    ofTouchpoint: phaseOfTouchpoints(refs, links),
  };
}
