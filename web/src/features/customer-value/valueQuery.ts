import type { RfmSegmentKey } from '../../../../src/core/customerValue';
import { assertUnreachable } from '../../../../src/core/result';

/** What the screen asks for: a period, an optional comparison period, the filters and the margin. */
export interface ValueRequest {
  from: string;
  to: string;
  compareFrom: string;
  compareTo: string;
  persona: string;
  channelClass: string;
  channel: string;
  /** Margin as a share 0..1, or '' for none. */
  margin: string;
}

/** The query string of a request; empty fields are left out, as the API's defaults apply then. */
export function valueParams(r: Partial<ValueRequest>, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...r, ...extra })) if (value) params.set(key, value);
  return params;
}

/** Which customers a figure stands for. */
export type ValueSelection =
  | { kind: 'rfm'; segment: RfmSegmentKey }
  | { kind: 'cell'; r: number; f: number }
  | { kind: 'abc'; cls: 'A' | 'B' | 'C' }
  | { kind: 'customer'; group: 'existing' | 'new' };

export function selectionParams(s: ValueSelection): Record<string, string> {
  switch (s.kind) {
    case 'rfm':
      return { rfm: s.segment };
    case 'cell':
      return { r: String(s.r), f: String(s.f) };
    case 'abc':
      return { abc: s.cls };
    case 'customer':
      return { customer: s.group };
    default:
      return assertUnreachable(s);
  }
}
