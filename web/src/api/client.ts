import type { z } from 'zod';
import { errorBodySchema } from '../../../src/contract/common';
import { ApiError } from './ApiError';

export { ApiError, isApiError } from './ApiError';

export const API_BASE = '/api/v1';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions<T> {
  method?: Method;
  body?: unknown;
  /** The contract schema the response must match; a mismatch is reported as `invalid_response`. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

/**
 * Calls the API with the session cookie and returns the parsed body. Every failure becomes an
 * {@link ApiError}, so callers can show `code`, `message` and the fields named in `details`.
 *
 * @example
 * const me = await api('/auth/me', { schema: meSchema });
 * await api(`/workspaces/${id}/touchpoints/${tpId}`, { method: 'PATCH', body: { name } });
 */
export async function api<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  const { method = 'GET', body, schema, signal } = options;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      ...(signal && { signal }),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'The server cannot be reached');
  }
  const text = await response.text();
  const json: unknown = text ? safeJson(text) : undefined;
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(response.status, code, message, details ?? {});
    }
    throw new ApiError(response.status, 'http_' + response.status, response.statusText || 'Request failed');
  }
  if (!schema) return json as T;
  const checked = schema.safeParse(json);
  if (!checked.success) {
    console.error(`Response of ${method} ${path} does not match its contract`, checked.error.issues);
    throw new ApiError(response.status, 'invalid_response', 'The server answered in an unexpected form');
  }
  return checked.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Path of a workspace-scoped route, e.g. `wsPath(id, '/touchpoints')`. */
export function wsPath(workspaceId: string, path: string): string {
  return `/workspaces/${workspaceId}${path}`;
}
