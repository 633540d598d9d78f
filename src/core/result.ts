/** Expected failures are values: a core function returns `err(...)` instead of throwing. */
export type ErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'payload_too_large'
  | 'gone';

export interface DomainError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const err = (code: ErrorCode, message: string, details?: Record<string, unknown>): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Ends an exhaustive switch: the compiler complains when a variant is left out. */
export function assertUnreachable(x: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(x)}`);
}
