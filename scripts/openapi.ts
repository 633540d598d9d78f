// `npm run openapi`: writes docs/openapi.json from the routes' zod schemas (the same ones that validate
// requests). test/unit/openapi-drift.test.ts fails when the file no longer matches the routes.
import { writeFile } from 'node:fs/promises';
import { buildDocument, openApiDocument, OPENAPI_FILE } from '../src/server/openapi';

await writeFile(OPENAPI_FILE, openApiDocument(await buildDocument()));
console.log(`Wrote ${OPENAPI_FILE}`);
