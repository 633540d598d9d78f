/** A directed "leads to" edge; only the ends matter for the journeys. */
export interface Edge {
  fromTouchpointId: string;
  toTouchpointId: string;
}

export interface Journeys {
  /** Touchpoints that lead somewhere but are led to by none: where a journey starts. */
  entries: string[];
  /** Every path from an entry along the links until it ends (or would repeat a touchpoint). */
  paths: string[][];
  /** Each cycle once, starting at its touchpoint that sorts first: [a, b, a] is a → b → a. */
  cycles: string[][];
  /** True when more paths exist than `maxPaths`; the list then holds the first ones. */
  truncated: boolean;
}

function successorsOf(edges: readonly Edge[]): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(e.fromTouchpointId) ?? [];
    if (!list.includes(e.toTouchpointId)) list.push(e.toTouchpointId);
    next.set(e.fromTouchpointId, list);
  }
  for (const list of next.values()) list.sort();
  return next;
}

/**
 * The journeys the links form (seed 001, step 4: touchpoints connected across phases). Paths start at
 * entry touchpoints and follow the links; a path stops before it would visit a touchpoint twice, so a
 * cycle ends a path instead of looping, and is reported in `cycles`. A cycle nobody enters from outside
 * has no entry: its touchpoints still appear in `cycles`.
 *
 * @example
 * journeysOf([
 *   { fromTouchpointId: 'fair', toTouchpointId: 'quote' },
 *   { fromTouchpointId: 'quote', toTouchpointId: 'order' },
 * ]); // { entries: ['fair'], paths: [['fair', 'quote', 'order']], cycles: [], truncated: false }
 */
export function journeysOf(edges: readonly Edge[], maxPaths = 1000): Journeys {
  const next = successorsOf(edges);
  const led = new Set(edges.map((e) => e.toTouchpointId));
  const entries = [...next.keys()].filter((id) => !led.has(id)).sort();
  const paths: string[][] = [];
  let truncated = false;
  const walk = (path: string[]) => {
    if (truncated) return;
    const last = path[path.length - 1] as string;
    const onward = (next.get(last) ?? []).filter((id) => !path.includes(id));
    if (onward.length === 0) {
      if (paths.length >= maxPaths) truncated = true;
      else paths.push(path);
      return;
    }
    for (const id of onward) walk([...path, id]);
  };
  for (const entry of entries) walk([entry]);
  return { entries, paths, cycles: cyclesOf(next), truncated };
}

/**
 * Elementary cycles, each reported once from its smallest touchpoint id. Workshop maps hold tens of
 * links, so a depth-first search from each start is plenty; only touchpoints sorting after the start are
 * visited, which is what keeps every cycle to one report.
 */
function cyclesOf(next: Map<string, string[]>, maxCycles = 100): string[][] {
  const cycles: string[][] = [];
  const starts = [...next.keys()].sort();
  for (const start of starts) {
    const walk = (path: string[]) => {
      if (cycles.length >= maxCycles) return;
      const last = path[path.length - 1] as string;
      for (const id of next.get(last) ?? []) {
        if (id === start) cycles.push([...path, start]);
        else if (id > start && !path.includes(id)) walk([...path, id]);
      }
    };
    walk([start]);
  }
  return cycles;
}
