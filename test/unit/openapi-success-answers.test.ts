import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/server/openapi';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}

/** A 2xx answer with a non-empty schema, or one that carries no body (204, redirects). */
const declaresSuccess = (op: Operation) =>
  Object.entries(op.responses).some(
    ([status, answer]) =>
      status === '204' ||
      /^3/.test(status) ||
      (/^2/.test(status) &&
        Object.values(answer.content ?? {}).some((c) => c.schema && Object.keys(c.schema).length > 0)),
  );

describe('success answers in the OpenAPI document', () => {
  it('every operation declares the schema of its success answer', async () => {
    const doc = (await buildDocument()) as { paths: Record<string, Record<string, Operation>> };
    const missing = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => !declaresSuccess(op))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(missing).toEqual([]);
  });
});
