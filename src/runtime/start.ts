import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config';
import { createDb, type Db } from '../db/database';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded';
import { migrateToLatest } from '../db/migrate';
import { bootstrap, type BootstrapResult } from '../services/bootstrap';
import { startBounceReceiver, type BounceReceiver } from '../services/email/bounceReceiver';
import { startEventProcessor } from '../services/events/processor';
import { startScoringConsumer } from '../services/scoring/scoringConsumer';
import { startJobs, type Jobs } from '../jobs/scheduler';
import { startWebhookDispatcher } from '../services/webhooks/dispatchWebhooks';
import { inProcessDelivery, type MailingDeliveryQueue } from '../services/email/mailingDelivery';
import { inProcessMappingApply, type MappingApplyQueue } from '../services/events/mappingApplyQueue';
import { buildApp } from '../server/app';
import type { App } from '../server/types';

export interface RunningDatabase {
  db: Db;
  embedded: EmbeddedPostgresHandle | null;
  close(): Promise<void>;
}

/**
 * Connects to `DATABASE_URL`, or to the embedded PostgreSQL of the data folder (starting it unless a server
 * runs it already); then migrates. The `owner` (the server) stops an embedded PostgreSQL on close; a CLI
 * command leaves one it found running alone.
 */
export async function openDatabase(
  config: Config,
  options: { owner: boolean; log?: (line: string) => void } = { owner: false },
): Promise<RunningDatabase> {
  let embedded: EmbeddedPostgresHandle | null = null;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      adopt: options.owner,
      ...(options.log && { log: options.log }),
    });
    url = embedded.connectionString;
  }
  const db = createDb(url);
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    embedded,
    close: async () => {
      await db.destroy();
      await embedded?.stop();
    },
  };
}

export interface RunningServer {
  app: App;
  url: string;
  bootstrap: BootstrapResult;
  stop(): Promise<void>;
}

/** The built web app: next to the server bundle (dist/web), or the build output seen from the source tree. */
export function defaultWebDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, 'web'), path.resolve(here, '..', '..', 'dist', 'web')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? (candidates[1] as string);
}

/** Starts everything `touchpoint serve` runs: database, migrations, first-start data, HTTP server. */
export async function startServer(
  config: Config,
  options: { logger?: boolean; webDir?: string } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config, { owner: true });
  try {
    const boot = await bootstrap(database.db, {
      ...(config.adminEmail && { adminEmail: config.adminEmail }),
      ...(config.adminPassword && { adminPassword: config.adminPassword }),
      loadDemo: config.loadDemo,
    });
    // Mailings go to the durable pg-boss queue once it runs; before (or without) it, in this process.
    let jobsRef: Jobs | null = null;
    const inProcess = inProcessDelivery(database.db, (error) =>
      app.log.error({ err: error }, 'sending failed'),
    );
    const mailingDelivery: MailingDeliveryQueue = {
      enqueue: (job) => (jobsRef?.mailings ?? inProcess).enqueue(job),
    };
    const inProcessApply = inProcessMappingApply(database.db, (error) =>
      app.log.error({ err: error }, 'applying mapping rules failed'),
    );
    const mappingApply: MappingApplyQueue = {
      enqueue: (job) => (jobsRef?.mappingApply ?? inProcessApply).enqueue(job),
    };
    const app = await buildApp({
      db: database.db,
      config,
      mailingDelivery,
      mappingApply,
      logger: options.logger ?? false,
      webDir: options.webDir ?? defaultWebDir(),
    });
    const url = await app.listen({ port: config.port, host: config.host });
    let bounces: BounceReceiver | null = null;
    if (config.bounceSmtpPort !== undefined) {
      try {
        bounces = await startBounceReceiver({
          port: config.bounceSmtpPort,
          host: config.bounceSmtpHost,
          db: database.db,
          onError: (error) => app.log.error({ err: error }, 'the bounce receiver failed on a message'),
        });
      } catch (error) {
        await app.close();
        throw error;
      }
    }
    // Keeps profiles and dashboard aggregates live as events arrive.
    const processor = startEventProcessor(database.db, {
      onError: (error) => app.log.error({ err: error }, 'event processing failed'),
    });
    // Sends the outbound webhooks queued by changes, and their retries.
    const webhooks = startWebhookDispatcher(database.db, {
      onError: (error) => app.log.error({ err: error }, 'webhook dispatch failed'),
    });
    // Keeps lead scores and stages current as the processor finishes events.
    const scoring = startScoringConsumer(database.db, {
      onError: (error) => app.log.error({ err: error }, 'lead scoring failed'),
    });
    // Daily computed KPIs and their alerts; the server runs on without them if pg-boss cannot start.
    const jobs = await startJobs(
      database.db,
      config.databaseUrl ?? database.embedded?.connectionString ?? '',
      {
        log: (message) => app.log.error(message),
      },
    ).catch((error: unknown) => {
      app.log.error({ err: error }, 'background jobs did not start');
      return null;
    });
    jobsRef = jobs;
    let stopped = false;
    return {
      app,
      url,
      bootstrap: boot,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await bounces?.close();
        await app.close();
        await processor.stop();
        await webhooks.stop();
        await scoring.stop();
        await jobs?.stop();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
