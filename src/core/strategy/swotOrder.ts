import { err, ok, type Result } from '../result';

/**
 * The positions a reorder gives: the ids in the order asked for, numbered from 0. The list must name
 * every entry of the quadrant exactly once, so a reorder sent from a stale screen (an entry added or
 * deleted meanwhile by someone else in the workshop) is refused rather than losing an entry's place.
 * @example swotOrder(['a', 'b'], ['b', 'a']) // ok(new Map([['b', 0], ['a', 1]]))
 */
export function swotOrder(current: readonly string[], asked: readonly string[]): Result<Map<string, number>> {
  const known = new Set(current);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const twice: string[] = [];
  for (const id of asked) {
    if (!known.has(id)) unknown.push(id);
    else if (seen.has(id)) twice.push(id);
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  if (unknown.length || twice.length || missing.length)
    return err('conflict', 'The order must name every entry of the quadrant once', {
      field: 'ids',
      ...(unknown.length && { unknown }),
      ...(twice.length && { twice }),
      ...(missing.length && { missing }),
    });
  return ok(new Map(asked.map((id, i) => [id, i])));
}
