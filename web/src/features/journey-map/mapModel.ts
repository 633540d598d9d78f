import type { Touchpoint } from '../../../../src/contract/touchpoints';
import type { Phase } from '../workspace/workspaceSchema';

export type MapView = 'asIs' | 'target';

export interface MapFilter {
  personaId: string | null;
  onlyMomentsThatMatter: boolean;
}

export interface MapColumn {
  phase: Phase;
  touchpoints: Touchpoint[];
}

export interface MapLayout {
  columns: MapColumn[];
  /** Touchpoints in none of the active model's phases. */
  withoutPhase: Touchpoint[];
  shown: number;
}

/** Moments that matter first, then the most relevant, then by name: the order a workshop reads a column in. */
export function compareCards(a: Touchpoint, b: Touchpoint): number {
  if (a.momentThatMatters !== b.momentThatMatters) return a.momentThatMatters ? -1 : 1;
  if (a.relevance !== b.relevance) return b.relevance - a.relevance;
  return a.name.localeCompare(b.name);
}

export function matchesFilter(touchpoint: Touchpoint, filter: MapFilter): boolean {
  if (filter.personaId && !touchpoint.personaIds.includes(filter.personaId)) return false;
  if (filter.onlyMomentsThatMatter && !touchpoint.momentThatMatters) return false;
  return true;
}

/**
 * Lays the touchpoints out in phase columns; a touchpoint in several phases appears in each.
 *
 * @example
 * const { columns } = layoutMap(workspace.journeyModel.phases, touchpoints, { personaId: null, onlyMomentsThatMatter: false });
 * columns[0].touchpoints.length; // cards in the first phase
 */
export function layoutMap(phases: Phase[], touchpoints: Touchpoint[], filter: MapFilter): MapLayout {
  const byPhase = new Map<string, Touchpoint[]>(phases.map((p) => [p.id, []]));
  const withoutPhase: Touchpoint[] = [];
  let shown = 0;
  for (const touchpoint of touchpoints) {
    if (!matchesFilter(touchpoint, filter)) continue;
    shown++;
    let placed = false;
    for (const phaseId of touchpoint.phaseIds) {
      const column = byPhase.get(phaseId);
      if (column) {
        column.push(touchpoint);
        placed = true;
      }
    }
    if (!placed) withoutPhase.push(touchpoint);
  }
  const columns = [...phases]
    .sort((a, b) => a.position - b.position)
    .map((phase) => ({ phase, touchpoints: (byPhase.get(phase.id) ?? []).sort(compareCards) }));
  return { columns, withoutPhase: withoutPhase.sort(compareCards), shown };
}

/**
 * The phases after dragging a card from one column to another: out of `from`, into `to`, in
 * journey order. `from` is null when the card came from the "without phase" column.
 *
 * @example
 * movePhaseIds(['interest', 'desire'], 'interest', 'action', ['attention', 'interest', 'desire', 'action']);
 * // ['desire', 'action']
 */
export function movePhaseIds(phaseIds: string[], from: string | null, to: string, order: string[]): string[] {
  const next = new Set(phaseIds.filter((id) => id !== from));
  next.add(to);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...next].sort((a, b) => rank(a) - rank(b));
}

/**
 * The experience curve: per column, the average customer rating weighted by the number of ratings
 * (as-is) or the plain average of the target ratings (target); null where nothing is rated.
 */
export function phaseAverages(columns: MapColumn[], view: MapView): (number | null)[] {
  return columns.map(({ touchpoints }) => {
    let sum = 0;
    let weight = 0;
    for (const t of touchpoints) {
      if (view === 'asIs') {
        const { average, count } = t.current.customerRating;
        if (average !== null && count > 0) {
          sum += average * count;
          weight += count;
        }
      } else if (t.target.rating !== null) {
        sum += t.target.rating;
        weight += 1;
      }
    }
    return weight > 0 ? Math.round((sum / weight) * 100) / 100 : null;
  });
}
