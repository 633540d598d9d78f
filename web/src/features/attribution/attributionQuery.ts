import type { AttributionDimension } from '../../../../src/contract/attribution';

/** What the attribution screen asks for: a period, an optional comparison period, dimension and filters. */
export interface AttributionRequest {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  dimension: AttributionDimension;
  persona: string;
  channel: string;
}

/** The query string of a request; empty fields are left out, as the API's defaults apply then. */
export function attributionParams(r: Partial<AttributionRequest>, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...r, ...extra })) if (value) params.set(key, value);
  return params;
}
