import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exited, serveInChild } from '../support/childServer';

const serve = (dataDir: string) =>
  serveInChild(['--data-dir', dataDir], {
    DATABASE_URL: '',
    TOUCHPOINT_ADMIN_PASSWORD: 'killed-server-password',
  });

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
