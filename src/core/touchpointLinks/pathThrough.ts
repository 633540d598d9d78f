import type { Edge } from './journeysOf';

export interface PathThrough {
  /** The touchpoint itself, everything leading to it and everything it leads to. */
  touchpointIds: Set<string>;
  /** The links on those paths, as `from>to`. */
  linkKeys: Set<string>;
}

/** The key {@link pathThrough} names a link by. */
export const linkKey = (e: Edge) => `${e.fromTouchpointId}>${e.toTouchpointId}`;

/**
 * The journey through one touchpoint: what leads to it (upstream) and where it leads (downstream), for
 * highlighting its path on the map. Cycles are safe: each touchpoint is visited once per direction.
 *
 * @example
 * pathThrough([{ fromTouchpointId: 'a', toTouchpointId: 'b' }], 'b').touchpointIds; // Set { 'b', 'a' }
 */
export function pathThrough(edges: readonly Edge[], touchpointId: string): PathThrough {
  const touchpointIds = new Set([touchpointId]);
  const linkKeys = new Set<string>();
  const follow = (forward: boolean) => {
    const seen = new Set([touchpointId]);
    const queue = [touchpointId];
    while (queue.length) {
      const at = queue.shift() as string;
      for (const e of edges) {
        const [here, there] = forward
          ? [e.fromTouchpointId, e.toTouchpointId]
          : [e.toTouchpointId, e.fromTouchpointId];
        if (here !== at) continue;
        linkKeys.add(linkKey(e));
        touchpointIds.add(there);
        if (!seen.has(there)) {
          seen.add(there);
          queue.push(there);
        }
      }
    }
  };
  follow(true);
  follow(false);
  return { touchpointIds, linkKeys };
}
