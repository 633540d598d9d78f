import { describe, expect, it } from 'vitest';
import { errorCodesOf } from '../../src/server/errorAnswers';
import { buildDocument } from '../../src/server/openapi';

interface Operation {
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

describe('error answers in the OpenAPI document', () => {
  it('every operation declares its 4xx answers with the one error body', async () => {
    const doc = (await buildDocument()) as { paths: Record<string, Record<string, Operation>> };
    const missing: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods)) {
        const errors = Object.entries(op.responses).filter(([status]) => /^4/.test(status));
        if (errors.length === 0) missing.push(`${method.toUpperCase()} ${path}`);
        for (const [, answer] of errors)
          expect(answer.content?.['application/json']?.schema).toEqual({
            $ref: '#/components/schemas/ErrorBody',
          });
      }
    expect(missing).toEqual([]);
  });

  it('a workspace write can be refused for input, login, role, a missing id and size', () => {
    expect(errorCodesOf({ method: 'POST', url: '/api/v1/workspaces/:workspaceId/personas' })).toEqual([
      'validation_failed',
      'unauthenticated',
      'forbidden',
      'not_found',
      'payload_too_large',
    ]);
  });

  it('a workspace read is not forbidden to viewers, unless the route is for owners', () => {
    const url = '/api/v1/workspaces/:workspaceId/members';
    expect(errorCodesOf({ method: 'GET', url })).not.toContain('forbidden');
    expect(errorCodesOf({ method: 'GET', url, config: { minRole: 'owner' } })).toContain('forbidden');
  });

  it('a public route answers no 401 unless it declares one, and lists what it declares', () => {
    expect(errorCodesOf({ method: 'GET', url: '/api/v1/catalogue' })).toEqual(['validation_failed']);
    expect(
      errorCodesOf({
        method: 'POST',
        url: '/api/v1/auth/login',
        config: { errors: ['unauthenticated'], rateLimit: { max: 20 } },
      }),
    ).toEqual(['validation_failed', 'unauthenticated', 'payload_too_large', 'rate_limited']);
  });
});
