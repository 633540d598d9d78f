import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyRequest,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { WorkspaceContext } from '../services/context';
import type { MailingDeliveryQueue } from '../services/email/mailingDelivery';
import type { MappingApplyQueue } from '../services/events/mappingApplyQueue';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppDeps {
  db: Db;
  config: Config;
  /** Background delivery of mailings; without it (tests) mails are sent in this process. */
  mailingDelivery?: MailingDeliveryQueue;
  /** Durable runs applying mapping rules to past events; without it (tests) they run in this process. */
  mappingApply?: MappingApplyQueue;
}

/** The workspace context set by `requireWorkspace`; a route without it is a programming error. */
export function ctxOf(req: FastifyRequest): WorkspaceContext {
  if (!req.workspace) throw new Error('requireWorkspace did not run for this route');
  return req.workspace;
}

export function publicUrlOf(config: Config, req: FastifyRequest): string {
  return config.publicUrl ?? `${req.protocol}://${req.host}`;
}
