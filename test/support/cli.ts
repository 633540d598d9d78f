import { afterAll, beforeAll, inject } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';

/**
 * Runs the CLI in-process, as `touchpoint <argv>` would, and returns its exit code and what it printed.
 * @example const r = await cli('persona', 'list', '--workspace', ws.workspace.slug, '--format', 'json');
 */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => void out.push(t), err: (t) => void err.push(t) };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/**
 * The CLI finds its database in DATABASE_URL: for this test file that is the test database, and the
 * variable is put back when the file ends. Call at the top of the file.
 */
export function useTestDatabaseForCli(): void {
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    process.env.DATABASE_URL = inject('databaseUrl');
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });
}
