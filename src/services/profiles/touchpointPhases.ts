import type { Db } from '../../db/database';
import type { PhaseRef } from '../../contract/profiles';

/**
 * The phases of the workspace's active journey model by key, and the phase of each touchpoint in it:
 * for a touchpoint in several phases the latest one (highest position), since it is the furthest a
 * person who used it has got.
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
  const byId = new Map(
    phases.map((p, i) => [p.id, { i, ref: { key: p.key, nameDe: p.name_de, nameEn: p.name_en } }]),
  );
  const best = new Map<string, { i: number; ref: PhaseRef }>();
  for (const l of links) {
    const phase = byId.get(l.phase_id);
    const current = best.get(l.touchpoint_id);
    if (phase && (!current || phase.i > current.i)) best.set(l.touchpoint_id, phase);
  }
  return {
    byKey: new Map(phases.map((p) => [p.key, { key: p.key, nameDe: p.name_de, nameEn: p.name_en }])),
    ofTouchpoint: new Map([...best].map(([id, p]) => [id, p.ref])),
  };
}
