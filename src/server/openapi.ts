import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config';
import { createDb } from '../db/database';
import { buildApp } from './app';

/** Where the generated OpenAPI document is kept in the repository. */
export const OPENAPI_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'docs',
  'openapi.json',
);

/** The OpenAPI document of the API, as served at /api/docs/json. Needs no database connection. */
export async function buildDocument(): Promise<unknown> {
  // The pool connects lazily; generating the document runs no query.
  const db = createDb('postgres://openapi@127.0.0.1:1/none', 1);
  const app = await buildApp({ db, config: loadConfig({}) });
  try {
    await app.ready();
    return app.swagger();
  } finally {
    await app.close();
    await db.destroy();
  }
}

export const openApiDocument = (doc: unknown): string => `${JSON.stringify(doc, null, 2)}\n`;
