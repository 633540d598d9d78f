import path from 'node:path';
import { z } from 'zod';

/**
 * The only place that reads `process.env`. Every setting is documented here and in docs/configuration.md;
 * a wrong value fails at start with a message that names the variable.
 */
const envSchema = z.object({
  /** External PostgreSQL >= 15. When unset, Touchpoint starts its embedded PostgreSQL in the data folder. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder for the embedded PostgreSQL's data (and nothing else). */
  TOUCHPOINT_DATA_DIR: z.string().min(1).default('./data'),
  /** TCP port of the embedded PostgreSQL; 0 picks a free one at every start. */
  TOUCHPOINT_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  /** HTTP port and interface of the server. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  TOUCHPOINT_HOST: z.string().min(1).default('127.0.0.1'),
  /** Public address of the server, used in links handed to customers (rating links). */
  TOUCHPOINT_PUBLIC_URL: z.string().url().optional(),
  /** Owner account created on the first start for the demo workspace. */
  TOUCHPOINT_ADMIN_EMAIL: z.string().email().optional(),
  TOUCHPOINT_ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
  /** Skip loading the demo workspace on the first start. */
  TOUCHPOINT_NO_DEMO: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** How long a login session lasts, in hours. */
  TOUCHPOINT_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** Event-ingestion requests per minute and write key (`POST /api/v1/collect`); 0 turns the limit off. */
  TOUCHPOINT_INGEST_RATE_LIMIT: z.coerce.number().int().min(0).default(60_000),
  /** Port of the inbound SMTP endpoint for bounces and mailto unsubscriptions (docs/email.md); unset: off. */
  TOUCHPOINT_BOUNCE_SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Interface of the bounce endpoint; `0.0.0.0` to receive mail from other servers. */
  TOUCHPOINT_BOUNCE_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  port: number;
  host: string;
  publicUrl: string | undefined;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  loadDemo: boolean;
  sessionHours: number;
  logLevel: Env['LOG_LEVEL'];
  ingestRateLimit: number;
  bounceSmtpPort: number | undefined;
  bounceSmtpHost: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment once; command-line flags given in `overrides` win. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // An empty variable (common in env files and CI) means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid setting ${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TOUCHPOINT_DATA_DIR),
    embeddedPgPort: e.TOUCHPOINT_PG_PORT,
    port: e.PORT,
    host: e.TOUCHPOINT_HOST,
    publicUrl: e.TOUCHPOINT_PUBLIC_URL,
    adminEmail: e.TOUCHPOINT_ADMIN_EMAIL,
    adminPassword: e.TOUCHPOINT_ADMIN_PASSWORD,
    loadDemo: !e.TOUCHPOINT_NO_DEMO,
    sessionHours: e.TOUCHPOINT_SESSION_HOURS,
    logLevel: e.LOG_LEVEL,
    ingestRateLimit: e.TOUCHPOINT_INGEST_RATE_LIMIT,
    bounceSmtpPort: e.TOUCHPOINT_BOUNCE_SMTP_PORT,
    bounceSmtpHost: e.TOUCHPOINT_BOUNCE_SMTP_HOST,
    ...overrides,
  };
}
