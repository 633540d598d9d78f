import type { FastifyReply } from 'fastify';
import type { DomainError, ErrorCode, Result } from '../core/result';

/** The one table that maps error codes to HTTP statuses. */
export const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  rate_limited: 429,
};

export function sendError(reply: FastifyReply, error: DomainError): FastifyReply {
  return reply
    .code(statusOf[error.code])
    .send({ error: { code: error.code, message: error.message, details: error.details ?? {} } });
}

/** Sends a core result: the value with `status`, or the error with its mapped status. */
export function sendResult<T>(reply: FastifyReply, result: Result<T>, status = 200): FastifyReply {
  return result.ok ? reply.code(status).send(result.value) : sendError(reply, result.error);
}
