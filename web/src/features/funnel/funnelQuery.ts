/** What the screen asks for: a period, an optional comparison period and the filters. */
export interface FunnelRequest {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  persona: string;
  channelClass: string;
  channel: string;
  /** A saved segment's id: only its members count. */
  segment: string;
}

/** The query string of a request; empty fields are left out, as the API's defaults apply then. */
export function funnelParams(r: FunnelRequest, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...r, ...extra })) if (value) params.set(key, value);
  return params;
}
