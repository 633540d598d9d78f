/** Paths run forward from a chosen start touchpoint, or backward to a chosen end. */
export type PathAnchor = { kind: 'start'; touchpointId: string } | { kind: 'end'; touchpointId: string };

export interface PathOptions {
  anchor: PathAnchor;
  /** Touchpoints per path, the anchor included (2..10). */
  depth: number;
  /** Collapse consecutive repeats of a touchpoint (A A B A -> A B A) before anything else. */
  collapse: boolean;
  /** How many of the most frequent paths to keep (and draw). */
  top: number;
}

/** One profile's touchpoints in time order. */
export interface TouchpointSequence {
  profileId: string;
  touchpointIds: readonly string[];
}

/**
 * One of the most frequent paths, always read start to end. `open` says the journey went on beyond
 * the depth (at the far end from the anchor); otherwise it ended there (or began there, for an end anchor).
 */
export interface FrequentPath {
  touchpointIds: string[];
  profiles: number;
  open: boolean;
}

/**
 * A node of the Sankey: a touchpoint at a level (0 = leftmost), or the journey's edge: `end` after the
 * last touchpoint of a path that stopped (the drop-off), `start` before the first one of a path that
 * began there (end anchor).
 */
export interface PathNode {
  id: string;
  level: number;
  kind: 'touchpoint' | 'end' | 'start';
  touchpointId: string | null;
  profiles: number;
  /** Of the profiles at a touchpoint node, those whose journey ended there (start anchor) — 0 otherwise. */
  dropOff: number;
}

export interface PathLink {
  source: string;
  target: string;
  profiles: number;
}

export interface PathsResult {
  /** Profiles that reached the anchor in the sequences given. */
  profiles: number;
  /** Profiles on the paths kept (the top ones); the Sankey shows these. */
  shownProfiles: number;
  paths: FrequentPath[];
  nodes: PathNode[];
  links: PathLink[];
  /** Each profile's path key (touchpoint ids joined by a space) for the profiles behind a figure. */
  pathOf: Map<string, { touchpointIds: string[]; open: boolean }>;
}

/** Consecutive repeats removed: A A B A -> A B A. */
export function collapseRepeats(ids: readonly string[]): string[] {
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}

/**
 * One profile's path around the anchor: from the first time it reached the start touchpoint, the next
 * `depth - 1` touchpoints; or up to the first time it reached the end touchpoint, the `depth - 1`
 * before. Null when the profile never reached the anchor.
 *
 * @example pathAround(['a', 'b', 'c'], { anchor: { kind: 'start', touchpointId: 'b' }, depth: 5, collapse: false, top: 10 })
 * // { touchpointIds: ['b', 'c'], open: false }
 */
export function pathAround(
  ids: readonly string[],
  options: PathOptions,
): { touchpointIds: string[]; open: boolean } | null {
  const seq = options.collapse ? collapseRepeats(ids) : ids;
  const at = seq.indexOf(options.anchor.touchpointId);
  if (at < 0) return null;
  if (options.anchor.kind === 'start') {
    const touchpointIds = seq.slice(at, at + options.depth);
    return { touchpointIds, open: at + options.depth < seq.length };
  }
  const from = Math.max(0, at + 1 - options.depth);
  return { touchpointIds: seq.slice(from, at + 1), open: from > 0 };
}

/**
 * The most frequent paths from a start touchpoint or to an end touchpoint, and the Sankey they draw:
 * nodes per level (a touchpoint may appear at several levels, never twice at one), links with the
 * profiles that took them, and the drop-off after each node as an `end` node ("(Ende)"). Paths tie-break
 * by their touchpoint ids, so the answer is the same on every run.
 *
 * @example
 * computePaths([{ profileId: 'p1', touchpointIds: ['ad', 'web', 'shop'] }], { anchor: { kind: 'start', touchpointId: 'ad' }, depth: 3, collapse: true, top: 10 })
 * // paths: [{ touchpointIds: ['ad', 'web', 'shop'], profiles: 1, open: false }], nodes: 0:ad, 1:web, 2:shop, 3:end
 */
export function computePaths(sequences: readonly TouchpointSequence[], options: PathOptions): PathsResult {
  const pathOf = new Map<string, { touchpointIds: string[]; open: boolean }>();
  const counts = new Map<string, FrequentPath>();
  for (const s of sequences) {
    const path = pathAround(s.touchpointIds, options);
    if (path === null) continue;
    pathOf.set(s.profileId, path);
    const key = pathKey(path);
    const known = counts.get(key);
    if (known) known.profiles += 1;
    else counts.set(key, { ...path, profiles: 1 });
  }
  const paths = [...counts.values()]
    .sort((a, b) => b.profiles - a.profiles || pathKey(a).localeCompare(pathKey(b)))
    .slice(0, options.top);
  const { nodes, links } = sankeyOf(paths, options);
  return {
    profiles: pathOf.size,
    shownProfiles: paths.reduce((n, p) => n + p.profiles, 0),
    paths,
    nodes,
    links,
    pathOf,
  };
}

/** The key a profile's path is counted under: its touchpoints and whether it went on. */
export const pathKey = (p: { touchpointIds: readonly string[]; open: boolean }): string =>
  `${p.touchpointIds.join(' ')}${p.open ? ' …' : ''}`;

/**
 * The Sankey level of each touchpoint of a path: from the start anchor the path begins at level 0;
 * to the end anchor it is right-aligned, so the end touchpoint is always at level `depth`
 * (level 0 holds the `start` nodes).
 */
export function levelsOf(path: { touchpointIds: readonly string[] }, options: PathOptions): number[] {
  const shift = options.anchor.kind === 'start' ? 0 : options.depth + 1 - path.touchpointIds.length;
  return path.touchpointIds.map((_, i) => i + shift);
}

export const nodeId = (level: number, touchpointId: string | null, kind: PathNode['kind']): string =>
  kind === 'touchpoint' ? `${level}:${touchpointId ?? ''}` : `${level}:(${kind})`;

function sankeyOf(
  paths: readonly FrequentPath[],
  options: PathOptions,
): { nodes: PathNode[]; links: PathLink[] } {
  const nodes = new Map<string, PathNode>();
  const links = new Map<string, PathLink>();
  const node = (level: number, kind: PathNode['kind'], touchpointId: string | null, profiles: number) => {
    const id = nodeId(level, touchpointId, kind);
    const known = nodes.get(id);
    if (known) known.profiles += profiles;
    else nodes.set(id, { id, level, kind, touchpointId, profiles, dropOff: 0 });
    return nodes.get(id) as PathNode;
  };
  const link = (source: string, target: string, profiles: number) => {
    const key = `${source}>${target}`;
    const known = links.get(key);
    if (known) known.profiles += profiles;
    else links.set(key, { source, target, profiles });
  };
  for (const p of paths) {
    const levels = levelsOf(p, options);
    const chain = p.touchpointIds.map((id, i) => node(levels[i] ?? i, 'touchpoint', id, p.profiles));
    const first = chain[0];
    const last = chain[chain.length - 1];
    if (first === undefined || last === undefined) continue;
    if (options.anchor.kind === 'start' && !p.open) {
      // The journey stopped here: its drop-off, drawn as an "(Ende)" node one level further.
      last.dropOff += p.profiles;
      chain.push(node(last.level + 1, 'end', null, p.profiles));
    }
    if (options.anchor.kind === 'end' && !p.open)
      chain.unshift(node(first.level - 1, 'start', null, p.profiles));
    for (let i = 1; i < chain.length; i++) {
      const [a, b] = [chain[i - 1], chain[i]];
      if (a && b) link(a.id, b.id, p.profiles);
    }
  }
  return {
    nodes: [...nodes.values()].sort(
      (a, b) => a.level - b.level || b.profiles - a.profiles || a.id.localeCompare(b.id),
    ),
    links: [...links.values()].sort(
      (a, b) =>
        b.profiles - a.profiles || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
    ),
  };
}
