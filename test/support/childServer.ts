import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Db } from '../../src/db/database';

const repo = path.resolve(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
let cleanupRegistered = false;

/**
 * `touchpoint serve` from the sources in a child process (so a test can SIGKILL it), listening on a free
 * port of 127.0.0.1; resolves with its address once it says where it runs. Children still running when
 * the file ends are killed.
 */
export function serveInChild(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string }> {
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    afterAll(() => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    });
  }
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0', ...args],
    {
      cwd: repo,
      env: { ...process.env, TOUCHPOINT_NO_DEMO: '1', LOG_LEVEL: 'silent', ...env },
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

export const exited = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve),
  );

/** A database of its own on the run's PostgreSQL, as an operator would create one for an installation. */
export async function freshDatabase(
  prefix = 'touchpoint_fresh',
): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(inject('databaseUrl'));
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    try {
      // A generated name, not input; CREATE/DROP DATABASE take no parameters.
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/**
 * A fresh database for the test file (see {@link freshDatabase}), opened before its tests and
 * dropped after them; call inside `describe`, read the pool inside the tests.
 *
 * @example const db = useFreshDatabase('touchpoint_migration'); it('…', async () => { await migrateTo(db(), …) });
 */
export function useFreshDatabase(prefix: string): () => Db {
  let fresh: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    fresh = await freshDatabase(prefix);
    db = createDb(fresh.url, 2);
  });
  afterAll(async () => {
    await db?.destroy();
    await fresh?.drop();
  });
  return () => {
    if (!db) throw new Error('the fresh database is opened in beforeAll');
    return db;
  };
}
