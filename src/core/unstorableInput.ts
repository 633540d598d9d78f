/**
 * Input PostgreSQL cannot keep as sent. Text columns and jsonb refuse U+0000, and an unpaired UTF-16
 * surrogate (which JSON can spell as `"\ud800"`) is not Unicode: the driver would store U+FFFD instead,
 * so what comes back is not what was sent. U+FFFD itself is ordinary text.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** No request body of the API nests half as deep; deeper JSON only costs stack when serialised again. */
export const MAX_INPUT_DEPTH = 64;

const ANY_SURROGATE = /[\ud800-\udfff]/;

/** Why a text cannot be stored as sent, or null when it can. */
export function unstorableTextReason(s: string): string | null {
  if (s.includes('\u0000')) return 'must not contain NUL characters (U+0000)';
  // The cheap test first: most text has no surrogate at all, paired or not.
  if (ANY_SURROGATE.test(s) && LONE_SURROGATE.test(s)) return 'must not contain unpaired UTF-16 surrogates';
  return null;
}

export interface UnstorableInput {
  /** Where, from the top of the value: object keys and array indexes. */
  path: (string | number)[];
  kind: 'text' | 'depth';
  reason: string;
}

/** A value still to visit; the path is rebuilt from the parents only for a finding. */
interface Frame {
  value: unknown;
  depth: number;
  key: string | number;
  parent: Frame | null;
}

/** Without text to check, only objects and arrays can hold a finding. */
const worthVisiting = (child: unknown, checkText: boolean) =>
  typeof child === 'object' ? child !== null : checkText && typeof child === 'string';

function pathOf(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | null = frame; f?.parent; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Walks a parsed JSON value (without recursion, so any depth is safe) and lists what cannot be stored:
 * text with NUL or an unpaired surrogate (in values and in object keys, unless `text` is false) and
 * nesting deeper than {@link MAX_INPUT_DEPTH}. Stops after `limit` findings, in document order. It runs
 * on every request, /collect's batches included, so it allocates one small frame per value and no paths.
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
  const stack: Frame[] = [{ value, depth: 0, key: '', parent: null }];
  while (stack.length > 0 && found.length < limit) {
    const frame = stack.pop() as Frame;
    const v = frame.value;
    if (typeof v === 'string') {
      const reason = checkText ? unstorableTextReason(v) : null;
      if (reason) found.push({ path: pathOf(frame), kind: 'text', reason });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (frame.depth >= MAX_INPUT_DEPTH) {
      found.push({
        path: pathOf(frame),
        kind: 'depth',
        reason: `must not be nested deeper than ${MAX_INPUT_DEPTH} levels`,
      });
      continue;
    }
    const depth = frame.depth + 1;
    // Pushed last to first, so findings come out in the order they appear in the document.
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--)
        if (worthVisiting(v[i], checkText))
          stack.push({ value: v[i] as unknown, depth, key: i, parent: frame });
      continue;
    }
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const reason = checkText ? unstorableTextReason(key) : null;
      if (reason) found.push({ path: [...pathOf(frame), key], kind: 'text', reason: `its name ${reason}` });
      else if (worthVisiting(record[key], checkText))
        stack.push({ value: record[key], depth, key, parent: frame });
    }
  }
  return found.slice(0, limit);
}
