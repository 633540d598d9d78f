import type { FastifyReply, FastifyRequest } from 'fastify';
import { findUnstorableInput } from '../core/unstorableInput';
import { sendError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The handler reads the body itself (a stream, an HTML form, a provider's webhook, events checked one
     * by one, a workspace document with its own problem list): the generic checks leave its text alone
     * and do not refuse it for having no body schema. Its nesting depth is still limited.
     */
    ownBody?: boolean;
  }
}

interface Issue {
  field: string;
  message: string;
  code: string;
}

const fieldOf = (where: string, path: (string | number)[]) => [where, ...path].join('.');

/** `{}` and `null` say nothing; clients that always send a JSON body send these to body-less routes. */
function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === null || body === '') return true;
  return typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0;
}

function hasRawBody(req: FastifyRequest): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  return length > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Runs before schema validation on every route: refuses text PostgreSQL cannot store (NUL, unpaired
 * surrogates) in the path, the query and the JSON body, naming the field; JSON nested deeper than any
 * request needs; and a body sent to a route that takes none. One place instead of a refinement on each of
 * the API's text fields, so a new field is covered the day it is added.
 *
 * @example
 * app.addHook('preValidation', guardInput);
 */
export async function guardInput(req: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | void> {
  const route = req.routeOptions;
  // Unknown addresses answer 404 whatever they carry.
  if (route.url === undefined) return;
  const issues: Issue[] = [];
  for (const [where, value] of [
    ['params', req.params],
    ['querystring', req.query],
  ] as const)
    for (const found of findUnstorableInput(value))
      issues.push({ field: fieldOf(where, found.path), message: found.reason, code: 'unstorable_text' });

  const ownBody = route.config.ownBody === true;
  const takesBody = ownBody || route.schema?.body !== undefined;
  const bodyIsParsed = req.method !== 'GET' && req.method !== 'HEAD';
  if (!takesBody && (bodyIsParsed ? !isEmptyBody(req.body) : hasRawBody(req)))
    issues.push({ field: 'body', message: 'this route takes no body', code: 'unexpected_body' });
  else if (isParsedJson(req))
    for (const found of findUnstorableInput(req.body, { text: !ownBody }))
      issues.push({
        field: fieldOf('body', found.path),
        message: found.reason,
        code: found.kind === 'depth' ? 'too_deep' : 'unstorable_text',
      });

  const first = issues[0];
  if (!first) return;
  return sendError(reply, {
    code: 'validation_failed',
    message: `${first.field}: ${first.message}`,
    details: { issues },
  });
}

/**
 * Objects and arrays from any parser (JSON, forms), and a string only when it came from JSON: text
 * bodies (CSV) are read by their importers, which know lines and columns.
 */
function isParsedJson(req: FastifyRequest): boolean {
  const body = req.body;
  if (typeof body === 'string') return /^application\/(.+\+)?json\b/i.test(req.headers['content-type'] ?? '');
  return (
    typeof body === 'object' &&
    body !== null &&
    !Buffer.isBuffer(body) &&
    typeof (body as { pipe?: unknown }).pipe !== 'function'
  );
}
