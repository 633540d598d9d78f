/**
 * Each touchpoint's phase for phase progression: of the phases it belongs to in the active journey
 * model, the latest (highest position), since that is the furthest a person who used it has got.
 * Links to phases of other models are ignored. `phases` are the model's, in model order.
 *
 * @example
 * phaseOfTouchpoints([{ id: 'p1', ref: 'attention' }, { id: 'p2', ref: 'interest' }],
 *   [{ touchpoint_id: 't', phase_id: 'p2' }, { touchpoint_id: 't', phase_id: 'p1' }])
 * // Map { 't' => 'interest' }
 */
export function phaseOfTouchpoints<Ref>(
  phases: readonly { id: string; ref: Ref }[],
  links: readonly { touchpoint_id: string; phase_id: string }[],
): Map<string, Ref> {
  const position = new Map(phases.map((p, i) => [p.id, { i, ref: p.ref }]));
  const best = new Map<string, { i: number; ref: Ref }>();
  for (const l of links) {
    const phase = position.get(l.phase_id);
    const current = best.get(l.touchpoint_id);
    if (phase && (!current || phase.i > current.i)) best.set(l.touchpoint_id, phase);
  }
  return new Map([...best].map(([id, p]) => [id, p.ref]));
}
