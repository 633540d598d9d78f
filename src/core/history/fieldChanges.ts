/** One field of a saved change: its value before and after, as the API names them. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /**
   * Names of the ids in `before`/`after` (phases, personas) at the time of the change, so the history
   * still reads when a phase or persona is renamed or gone later.
   */
  labels?: Record<string, { de: string; en: string }>;
}

/** Lists of ids are sets: the same phases in another order are no change. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    const sort = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    const [sa, sb] = [sort(a), sort(b)];
    return sa.every((x, i) => x === sb[i]);
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object')
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * The fields a patch really changes, with their old and new values; fields sent with the value they
 * already had are left out. `before` holds the current values under the patch's field names.
 *
 * @example
 * changedFields({ effort: 3, name: 'Website', phaseIds: ['a'] }, { effort: 2, name: 'Website', phaseIds: ['a', 'b'] });
 * // [{ field: 'effort', before: 3, after: 2 }, { field: 'phaseIds', before: ['a'], after: ['a', 'b'] }]
 */
export function changedFields(
  before: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): FieldChange[] {
  return Object.entries(patch).flatMap(([field, after]) => {
    if (after === undefined) return [];
    const old = before[field] ?? null;
    return sameValue(old, after) ? [] : [{ field, before: old, after }];
  });
}
