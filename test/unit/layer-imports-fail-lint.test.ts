import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The samples' paths are made up, so outside the TypeScript project: the import rules need no types.
const eslint = new ESLint({ cwd: repo, overrideConfig: tseslint.configs.disableTypeChecked });

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(repo, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** docs/architecture.md's layers: each import that runs against them must fail the lint step of `npm test`. */
describe('imports across the layers fail lint', () => {
  it.each([
    ['src/core/prioritisation/x.ts', "import type { Db } from '../../db/database';"],
    ['src/core/x.ts', "import { eventSchema } from '../contract/events';"],
    ['src/contract/x.ts', "import { listPersonas } from '../services/personas';"],
    ['src/services/x.ts', "import { sendError } from '../server/errors';"],
    ['src/services/email/x.ts', "import { startJobs } from '../../jobs/scheduler';"],
    ['src/server/routes/x.ts', "import { runCli } from '../../cli/main';"],
    ['src/cli/commands/x.ts', "import { buildApp } from '../../server/app';"],
    ['src/jobs/x.ts', "import { buildApp } from '../server/app';"],
    ['web/src/features/x/y.ts', "import type { Member } from '../../../../src/services/members';"],
  ])('%s: %s', async (file, source) => {
    expect(await layerErrors(file, `${source}\n`)).toHaveLength(1);
  });

  it.each([
    ['src/core/kpis/x.ts', "import { eventTypeSchema } from '../events/eventVocabulary';"],
    ['src/contract/x.ts', "import { roleSchema } from '../core/model';"],
    ['src/services/x.ts', "import { personaInputSchema } from '../contract/personas';"],
    ['src/cli/commands/x.ts', "import { startServer } from '../../runtime/start';"],
    ['web/src/features/x/y.ts', "import type { Member } from '../../../../src/contract/team';"],
  ])('%s may: %s', async (file, source) => {
    expect(await layerErrors(file, `${source}\n`)).toEqual([]);
  });
});
