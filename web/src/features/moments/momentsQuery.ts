/** What the screen asks for: a period, the filters and the minimum journeys per group. */
export interface MomentsRequest {
  from: string;
  to: string;
  persona: string;
  channel: string;
  minJourneys: string;
}

/** The query string of a request; empty fields are left out, as the API's defaults apply then. */
export function momentsParams(r: MomentsRequest, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...r, ...extra })) if (value) params.set(key, value);
  return params;
}
