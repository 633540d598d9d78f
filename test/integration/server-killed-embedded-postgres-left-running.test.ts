import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

/** Runs `touchpoint serve` from the sources in a child process and waits until it says where it listens. */
function serve(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0', '--data-dir', dataDir],
    {
      cwd: repo,
      env: {
        ...process.env,
        DATABASE_URL: '',
        TOUCHPOINT_ADMIN_PASSWORD: 'killed-server-password',
        TOUCHPOINT_NO_DEMO: '1',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

describe('a server killed with SIGKILL leaves its embedded PostgreSQL running', () => {
  it('is adopted by the next start, which stops it cleanly on SIGTERM', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-killed-'));
    await chmod(dir, 0o755);
    try {
      const first = await serve(path.join(dir, 'data'));
      expect((await fetch(`${first.url}/api/v1/health`)).status).toBe(200);
      first.child.kill('SIGKILL');
      await exited(first.child);
      const pid = Number(
        (await readFile(path.join(dir, 'data', 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0],
      );
      expect(() => process.kill(pid, 0)).not.toThrow();

      const second = await serve(path.join(dir, 'data'));
      expect((await fetch(`${second.url}/api/v1/health`)).status).toBe(200);
      second.child.kill('SIGTERM');
      await exited(second.child);
      const deadline = Date.now() + 10_000;
      let alive = true;
      while (alive && Date.now() < deadline) {
        try {
          process.kill(pid, 0);
          await new Promise((r) => setTimeout(r, 100));
        } catch {
          alive = false;
        }
      }
      expect(alive).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
