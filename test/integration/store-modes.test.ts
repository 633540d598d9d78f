import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/config';
import { startServer } from '../../src/runtime/start';
import { freshDatabase } from '../support/childServer';

const PASSWORD = 'store-mode-password';

interface StoreMode {
  name: string;
  /** The configuration a fresh installation of this kind starts with. */
  config(): Promise<Config>;
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const embedded: StoreMode = {
  name: 'embedded PostgreSQL in a data folder',
  config: async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'touchpoint-embedded-'));
    await chmod(dir, 0o755);
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return loadConfig({
      TOUCHPOINT_DATA_DIR: path.join(dir, 'data'),
      PORT: '0',
      TOUCHPOINT_ADMIN_PASSWORD: PASSWORD,
    });
  },
};

const external: StoreMode = {
  name: 'external PostgreSQL through DATABASE_URL',
  config: async () => {
    const { url, drop } = await freshDatabase('touchpoint_ext');
    cleanups.push(drop);
    return loadConfig({ DATABASE_URL: url, PORT: '0', TOUCHPOINT_ADMIN_PASSWORD: PASSWORD });
  },
};

async function loginAndCount(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@touchpoint.local', password: PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { token, workspaces } = (await login.json()) as {
    token: string;
    workspaces: { workspaceId: string }[];
  };
  const auth = { authorization: `Bearer ${token}` };
  const [ws] = workspaces;
  if (!ws) throw new Error('no workspace');
  const touchpoints = (await (
    await fetch(`${baseUrl}/api/v1/workspaces/${ws.workspaceId}/touchpoints`, { headers: auth })
  ).json()) as unknown[];
  return {
    workspaces: workspaces.length,
    touchpoints: touchpoints.length,
    workspaceId: ws.workspaceId,
    auth,
  };
}

describe.each([embedded, external])('a fresh installation on the $name', (mode) => {
  // Starts PostgreSQL, loads the demo with its weeks of live data and restarts: 10-20 s alone, more when the
  // suite keeps both cores busy.
  it('starts, loads the demo, keeps its data across a restart and migrates only once', async () => {
    const config = await mode.config();
    const first = await startServer(config);
    try {
      expect(first.bootstrap.admin).toMatchObject({ email: 'admin@touchpoint.local', generated: false });
      expect(first.bootstrap.demoWorkspaceId).toBeDefined();
      const health = await fetch(`${first.url}/api/v1/health`);
      expect(health.status).toBe(200);
      const before = await loginAndCount(first.url);
      expect(before.workspaces).toBe(1);
      expect(before.touchpoints).toBeGreaterThanOrEqual(25);
      const created = await fetch(`${first.url}/api/v1/workspaces/${before.workspaceId}/personas`, {
        method: 'POST',
        headers: { ...before.auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Persona, die den Neustart überlebt' }),
      });
      expect(created.status).toBe(201);
    } finally {
      await first.stop();
    }

    const second = await startServer(config);
    try {
      expect(second.bootstrap).toEqual({});
      const after = await loginAndCount(second.url);
      expect(after.workspaces).toBe(1);
      const personas = (await (
        await fetch(`${second.url}/api/v1/workspaces/${after.workspaceId}/personas`, { headers: after.auth })
      ).json()) as {
        name: string;
      }[];
      expect(personas.map((p) => p.name)).toContain('Persona, die den Neustart überlebt');
    } finally {
      await second.stop();
    }
  }, 120_000);
});
