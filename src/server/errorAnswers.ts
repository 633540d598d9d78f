import type { RouteOptions } from 'fastify';
import type { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { z } from 'zod';
import { errorBodySchema } from '../contract/common';
import type { ErrorCode } from '../core/result';
import { statusOf } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Error codes the route's service can answer beyond those every route of its kind can (validation,
     * access, a missing id, size and rate limits): `conflict` and `gone`, or `unauthenticated` and
     * `forbidden` where a public route checks a credential of its own. They go into the OpenAPI document.
     */
    errors?: ErrorCode[];
  }
}

type RouteInfo = Pick<RouteOptions, 'method' | 'url' | 'config' | 'onRequest'> & {
  schema?: { body?: unknown; hide?: boolean };
};

const WORKSPACE_SCOPE = /^\/api\/v1\/workspaces\/:workspaceId(\/|$)/;
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The error codes a route can answer, from what every route of its kind shares plus what it declares in
 * `config.errors`. Every route can answer `validation_failed`: the input guard refuses unstorable text, deep
 * nesting and bodies where none belongs on all of them.
 *
 * @example errorCodesOf({ method: 'POST', url: '/api/v1/workspaces/:workspaceId/personas' })
 * // ['validation_failed', 'unauthenticated', 'forbidden', 'not_found', 'payload_too_large']
 */
export function errorCodesOf(route: RouteInfo): ErrorCode[] {
  const methods = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => m.toUpperCase());
  const scoped = WORKSPACE_SCOPE.test(route.url);
  const config = (route.config ?? {}) as { minRole?: string; rateLimit?: unknown; errors?: ErrorCode[] };
  const writes = methods.some((m) => m !== 'GET' && m !== 'HEAD');
  const codes = new Set<ErrorCode>(['validation_failed']);
  if (scoped || route.onRequest !== undefined) codes.add('unauthenticated');
  // Viewers read only (but for the POSTs that only read, marked `minRole: 'viewer'`); owner-only routes
  // refuse editors too.
  const needed = config.minRole ?? (writes ? 'editor' : 'viewer');
  if (scoped && needed !== 'viewer') codes.add('forbidden');
  // A workspace the caller does not belong to, and any id of another workspace, is not found.
  if (scoped || route.url.includes(':')) codes.add('not_found');
  for (const code of config.errors ?? []) codes.add(code);
  if (methods.some((m) => WITH_BODY.has(m))) codes.add('payload_too_large');
  if (config.rateLimit !== undefined) codes.add('rate_limited');
  return [...codes].sort((a, b) => statusOf[a] - statusOf[b]);
}

/** The one error body of the API (the contract's schema), declared once in the document's components. */
export const errorBodyComponent = z.toJSONSchema(errorBodySchema, {
  target: 'openapi-3.0',
}) as OpenAPIV3.SchemaObject;

/** Error answers by status, as OpenAPI response objects keyed by the status code. */
export function errorAnswersOf(route: RouteInfo): Record<string, Record<string, unknown>> {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of errorCodesOf(route)) {
    const status = statusOf[code];
    const codes = byStatus.get(status);
    if (codes) codes.push(code);
    else byStatus.set(status, [code]);
  }
  const answers: Record<string, Record<string, unknown>> = {};
  for (const [status, codes] of byStatus)
    answers[String(status)] = {
      description: `Error: ${codes.join(', ')}`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  return answers;
}

type Transform = typeof jsonSchemaTransform;

/**
 * Wraps the zod-to-OpenAPI transform so every operation of the document also declares its error answers.
 * Only the document changes: error bodies are not re-serialised, so a new code can never turn into a 500.
 */
export function withErrorAnswers(transform: Transform): Transform {
  return (args) => {
    const transformed = transform(args);
    const response = (transformed.schema.response ?? {}) as Record<string, unknown>;
    transformed.schema.response = { ...errorAnswersOf(args.route), ...response };
    return transformed;
  };
}
