import { err, ok, type Result } from '../../core/result';

/** Opaque to clients: the sort key of the last row of a page, which the next page starts after. */
export function encodeCursor(key: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of a cursor made by `encodeCursor`, checked against the types the list sorts by. */
export function decodeCursor<T extends (string | number | null)[]>(
  cursor: string,
  isKey: (value: unknown[]) => value is T,
): Result<T> {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && isKey(value)) return ok(value);
  } catch {
    // falls through to the error below
  }
  return err('validation_failed', 'cursor: not a cursor this list returned', { field: 'query.cursor' });
}

/** PostgreSQL timestamps keep microseconds, JavaScript dates milliseconds: cursors carry the text. */
export const TIMESTAMP_TEXT = `YYYY-MM-DD"T"HH24:MI:SS.US"Z"`;

const isTimestampText = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(v);
const isUuid = (v: unknown) => typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v);

export const isProfileKey = (v: unknown[]): v is [string | null, string] =>
  v.length === 2 && (v[0] === null || isTimestampText(v[0])) && isUuid(v[1]);

export const isTimelineKey = (v: unknown[]): v is [string, number] =>
  v.length === 2 && isTimestampText(v[0]) && Number.isSafeInteger(v[1]);
