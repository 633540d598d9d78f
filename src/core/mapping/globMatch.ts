/**
 * Whether `text` matches `pattern`, where `*` stands for any run of characters and every other
 * character is literal; case-insensitive. No RegExp is built from the pattern (users write it), and
 * the two-pointer walk with one backtrack point needs at most O(pattern × text) steps, so no pattern
 * can stall ingestion.
 *
 * @example
 * globMatch('*://www.example.com/kontakt*', 'https://www.example.com/Kontakt?x=1') // true
 */
export function globMatch(pattern: string, text: string): boolean {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  let pi = 0;
  let ti = 0;
  let star = -1;
  let resume = 0;
  while (ti < t.length) {
    const pc = p[pi];
    if (pc === '*') {
      star = pi++;
      resume = ti;
    } else if (pc !== undefined && pc === t[ti]) {
      pi++;
      ti++;
    } else if (star >= 0) {
      pi = star + 1;
      ti = ++resume;
    } else return false;
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}
