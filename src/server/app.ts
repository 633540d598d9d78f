import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyError } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireWorkspace } from './auth';
import { errorBodyComponent, withErrorAnswers } from './errorAnswers';
import { guardInput } from './inputGuards';
import { analyticsRoutes } from './routes/analytics';
import { alertRoutes } from './routes/alerts';
import { authRoutes } from './routes/auth';
import { catalogueRoutes } from './routes/catalogue';
import { collectRoutes } from './routes/collect';
import { contentRoutes } from './routes/content';
import { cycleRoutes } from './routes/cycle';
import { editorialFeedRoutes, editorialPlanRoutes } from './routes/editorialPlan';
import { emailRoutes } from './routes/email';
import { emailTrackingRoutes } from './routes/emailTracking';
import { emailWebhookRoutes } from './routes/emailWebhooks';
import { eventRoutes } from './routes/events';
import { eventNameMappingRoutes } from './routes/eventNameMappings';
import { importRoutes } from './routes/imports';
import { kpiRoutes } from './routes/kpis';
import { mappingRuleRoutes } from './routes/mappingRules';
import { measureRoutes } from './routes/measures';
import { newsletterImportRoutes } from './routes/newsletterImport';
import { personaRoutes } from './routes/personas';
import { priorityRoutes } from './routes/priorities';
import { profileRoutes } from './routes/profiles';
import { funnelRoutes } from './routes/funnel';
import { adhocFunnelRoutes } from './routes/adhocFunnels';
import { pathRoutes } from './routes/paths';
import { attributionRoutes } from './routes/attribution';
import { campaignRoutes } from './routes/campaigns';
import { mapLiveRoutes } from './routes/mapLive';
import { momentsRoutes } from './routes/moments';
import { customerValueRoutes } from './routes/customerValue';
import { visitorRoutes } from './routes/visitors';
import { publicRatingRoutes } from './routes/publicRating';
import { marketMirrorRoutes } from './routes/marketMirror';
import { quickcheckPublicRoutes, quickcheckRoutes } from './routes/quickcheck';
import { segmentRoutes } from './routes/segment';
import { segmentsRoutes } from './routes/segments';
import { touchpointLinkRoutes } from './routes/touchpointLinks';
import { strategyRoutes } from './routes/strategy';
import { lifecycleRoutes } from './routes/lifecycle';
import { scoringRoutes } from './routes/scoring';
import { touchpointActivityRoutes } from './routes/touchpointActivity';
import { touchpointRoutes } from './routes/touchpoints';
import { trackerRoutes } from './routes/tracker';
import { transferRoutes, workspaceImportRoutes } from './routes/transfer';
import { workspaceListRoutes, workspaceRoutes } from './routes/workspaces';
import { webhookRoutes } from './routes/webhooks';
import { writeKeyRoutes } from './routes/writeKeys';
import { accountRoutes } from './routes/accounts';
import { dealRoutes } from './routes/deals';
import type { App, AppDeps } from './types';

export const API_PREFIX = '/api/v1';
/** Request bodies above this size answer 413. */
export const BODY_LIMIT = 1024 * 1024;

export interface BuildAppOptions extends AppDeps {
  logger?: boolean;
  /** Folder with the built web app; served with a fallback to index.html for client-side routes. */
  webDir?: string;
}

/** Builds the HTTP server: API, OpenAPI docs, public rating pages and the web app. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { db, config } = options;
  const app = Fastify({
    logger: options.logger ? { level: config.logLevel } : false,
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('user', null);
  app.decorateRequest('workspace', null);
  // After authentication (onRequest), before the schemas: text PostgreSQL cannot store, JSON nested
  // deeper than any request needs, a body sent where none belongs.
  app.addHook('preValidation', guardInput);

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      // `code` and the limits (minimum, maximum, expected, …) let the web app word the message itself.
      const issues = error.validation.flatMap((v) => {
        const { input: _input, inst: _inst, ...limits } = v.params ?? {};
        const field = [error.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join(
          '.',
        );
        // A strict object names the unknown keys in `keys`; each becomes an issue of its own field, as
        // /collect reports them, so a typo is named where it was made.
        if (v.keyword === 'unrecognized_keys' && Array.isArray(limits.keys))
          return limits.keys.map((key) => ({
            field: `${field}.${String(key)}`,
            message: 'is not a known field',
            code: v.keyword,
          }));
        return [{ field, message: v.message ?? 'invalid', code: v.keyword, ...limits }];
      });
      // An unknown field usually explains a missing one (`nmae` for `name`): say it first.
      issues.sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
      const first = issues[0];
      return reply.code(400).send({
        error: {
          code: 'validation_failed',
          message: first ? `${first.field}: ${first.message}` : 'The request is not valid',
          details: { issues },
        },
      });
    }
    if (isResponseSerializationError(error)) {
      req.log.error({ err: error }, 'response does not match its schema');
      return reply.code(500).send({ error: { code: 'internal', message: 'Internal error', details: {} } });
    }
    // PostgreSQL's data exceptions (class 22: a NUL character, a date out of range, …) come from values the
    // caller sent that the schemas let through: bad input, not a server fault.
    if (typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code)) {
      return reply.code(400).send({
        error: {
          code: 'validation_failed',
          message: `A value cannot be stored: ${error.message}`,
          details: {},
        },
      });
    }
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: { code: 'internal', message: 'Internal error', details: {} } });
    }
    const code =
      status === 413
        ? 'payload_too_large'
        : status === 429
          ? 'rate_limited'
          : status === 415
            ? 'unsupported_media_type'
            : 'bad_request';
    const message =
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
        ? 'The body is not valid JSON'
        : error.message;
    return reply.code(status).send({ error: { code, message, details: {} } });
  });

  // CSV imports arrive as text; the route schemas check the size.
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      // Thrown by the plugin and answered by the error handler above, which reads `message`.
      message: `Too many requests; try again in ${ctx.after}`,
      error: {
        code: 'rate_limited',
        message: `Too many requests; try again in ${ctx.after}`,
        details: { limit: ctx.max },
      },
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Touchpoint API',
        description: 'Customer Journey & Touchpoint Management',
        version: '1.0.0',
      },
      components: {
        schemas: { ErrorBody: errorBodyComponent },
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tp_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: withErrorAnswers(jsonSchemaTransform),
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      const typed = api.withTypeProvider<ZodTypeProvider>();
      typed.get(
        '/health',
        { schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } } },
        async () => {
          await db.selectFrom('workspaces').select('workspace_id').limit(1).execute();
          return { status: 'ok' as const };
        },
      );
      await authRoutes(typed, options);
      await catalogueRoutes(typed);
      await quickcheckPublicRoutes(typed);
      await workspaceListRoutes(typed, options);
      await workspaceImportRoutes(typed, options);
      await emailWebhookRoutes(typed, options);
      await collectRoutes(typed, options);
      await typed.register(
        async (ws) => {
          const scoped = ws.withTypeProvider<ZodTypeProvider>();
          // Authentication and role checks run before the body is parsed and validated: a caller without
          // access learns nothing about what a valid request would look like.
          scoped.addHook('onRequest', requireWorkspace(db));
          await workspaceRoutes(scoped, options);
          await personaRoutes(scoped);
          await touchpointRoutes(scoped, options);
          await measureRoutes(scoped);
          await contentRoutes(scoped);
          await kpiRoutes(scoped);
          await priorityRoutes(scoped);
          await quickcheckRoutes(scoped, options);
          await transferRoutes(scoped);
          await profileRoutes(scoped);
          await analyticsRoutes(scoped);
          await funnelRoutes(scoped);
          await pathRoutes(scoped);
          await adhocFunnelRoutes(scoped);
          await emailRoutes(scoped, options);
          await writeKeyRoutes(scoped);
          await webhookRoutes(scoped);
          await eventNameMappingRoutes(scoped);
          await mappingRuleRoutes(scoped, options);
          await touchpointActivityRoutes(scoped);
          await eventRoutes(scoped);
          await importRoutes(scoped);
          await newsletterImportRoutes(scoped);
          await alertRoutes(scoped);
          await cycleRoutes(scoped);
          await marketMirrorRoutes(scoped);
          await touchpointLinkRoutes(scoped);
          await editorialPlanRoutes(scoped, options);
          await strategyRoutes(scoped);
          await attributionRoutes(scoped);
          await campaignRoutes(scoped);
          await momentsRoutes(scoped);
          await mapLiveRoutes(scoped);
          await accountRoutes(scoped);
          await dealRoutes(scoped);
          await segmentsRoutes(scoped);
          await customerValueRoutes(scoped);
          await visitorRoutes(scoped);
          await scoringRoutes(scoped);
          await lifecycleRoutes(scoped);
        },
        { prefix: '/workspaces/:workspaceId' },
      );
    },
    { prefix: API_PREFIX },
  );
  // The Segment Spec's HTTP API, for Segment's and RudderStack's clients; its own body parser (gzip).
  await app.register(async (segment) => segmentRoutes(segment.withTypeProvider<ZodTypeProvider>(), options), {
    prefix: '/api/segment',
  });
  await publicRatingRoutes(app, options);
  await emailTrackingRoutes(app, options);
  await trackerRoutes(app);
  await editorialFeedRoutes(app, options);

  const webDir = options.webDir;
  const hasWeb = webDir !== undefined && existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: path.resolve(webDir), wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    const url = req.url.split('?')[0] ?? '';
    if (url.startsWith('/api/') || !hasWeb || req.method !== 'GET')
      return reply
        .code(404)
        .send({ error: { code: 'not_found', message: `No route ${req.method} ${url}`, details: {} } });
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
  void config;
  return app;
}
