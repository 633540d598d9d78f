/**
 * Input PostgreSQL cannot keep as sent. Text columns and jsonb refuse U+0000, and an unpaired UTF-16
 * surrogate (which JSON can spell as `"\ud800"`) is not Unicode: the driver would store U+FFFD instead,
 * so what comes back is not what was sent. U+FFFD itself is ordinary text.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** No request body of the API nests half as deep; deeper JSON only costs stack when serialised again. */
export const MAX_INPUT_DEPTH = 64;

/** Why a text cannot be stored as sent, or null when it can. */
export function unstorableTextReason(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  if (LONE_SURROGATE.test(s)) return 'must not contain unpaired UTF-16 surrogates';
  return null;
}

export interface UnstorableInput {
  /** Where, from the top of the value: object keys and array indexes. */
  path: (string | number)[];
  kind: 'text' | 'depth';
  reason: string;
}

/**
 * Walks a parsed JSON value (without recursion, so any depth is safe) and lists what cannot be stored:
 * text with NUL or an unpaired surrogate (in values and in object keys, unless `text` is false) and
 * nesting deeper than {@link MAX_INPUT_DEPTH}. Stops after `limit` findings, in document order.
 *
 * @example
 * findUnstorableInput({ name: 'a\u0000b', needs: ['ok', '\ud800'] });
 * // [{ path: ['name'], kind: 'text', reason: 'must not contain NUL characters (U+0000)' },
 * //  { path: ['needs', 1], kind: 'text', reason: 'must not contain unpaired UTF-16 surrogates' }]
 */
export function findUnstorableInput(
  value: unknown,
  options: { text?: boolean; limit?: number } = {},
): UnstorableInput[] {
  const checkText = options.text ?? true;
  const limit = options.limit ?? 20;
  const found: UnstorableInput[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const item = stack.pop() as { value: unknown; path: (string | number)[] };
    const { value: v, path } = item;
    if (typeof v === 'string') {
      const reason = checkText ? unstorableTextReason(v) : null;
      if (reason) found.push({ path, kind: 'text', reason });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      found.push({ path, kind: 'depth', reason: `must not be nested deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    const children: { value: unknown; path: (string | number)[] }[] = [];
    if (Array.isArray(v))
      v.forEach((child: unknown, i) => children.push({ value: child, path: [...path, i] }));
    else
      for (const [key, child] of Object.entries(v)) {
        const reason = checkText ? unstorableTextReason(key) : null;
        if (reason) found.push({ path: [...path, key], kind: 'text', reason: `its name ${reason}` });
        else children.push({ value: child, path: [...path, key] });
      }
    // Reversed onto the stack, so findings come out in the order they appear in the document.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[number]);
  }
  return found.slice(0, limit);
}
