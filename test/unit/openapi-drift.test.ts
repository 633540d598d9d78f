import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildDocument, openApiDocument, OPENAPI_FILE } from '../../src/server/openapi';

describe('docs/openapi.json', () => {
  it('matches the routes (run `npm run openapi` after changing an endpoint)', async () => {
    const committed = await readFile(OPENAPI_FILE, 'utf8');
    expect(
      openApiDocument(await buildDocument()) === committed,
      'docs/openapi.json is out of date: run npm run openapi',
    ).toBe(true);
  });
});
