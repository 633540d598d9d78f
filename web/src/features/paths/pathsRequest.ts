/** What the paths screen asks for; empty strings are left out of the query. */
export interface PathsRequest {
  direction: 'start' | 'end';
  touchpointId: string;
  depth: string;
  collapse: boolean;
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  persona: string;
  channel: string;
}

export function pathsParams(r: PathsRequest, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams({
    [r.direction]: r.touchpointId,
    depth: r.depth,
    collapse: String(r.collapse),
    ...extra,
  });
  for (const key of ['from', 'to', 'compareFrom', 'compareTo', 'persona', 'channel'] as const)
    if (r[key]) params.set(key, r[key]);
  return params;
}
