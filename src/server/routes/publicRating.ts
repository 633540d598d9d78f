import fastifyFormbody from '@fastify/formbody';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRatingPageSchema, publicRatingSchema, publicRatingThanksSchema } from '../../contract/ratings';
import { openRatingLink, submitRatingViaLink } from '../../services/ratings';
import { sendError, sendResult } from '../errors';
import { renderRatingPage } from '../ratingPage';
import type { App, AppDeps } from '../types';

const tokenParams = z.object({
  token: z
    .string()
    .min(10)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/),
});

/**
 * The customer's side of a rating link: a plain HTML form that works without an account and without
 * JavaScript (GET /r/:token, POST /r/:token), and the same as JSON under /api/v1/public/ratings.
 */
export async function publicRatingRoutes(app: App, { db }: AppDeps) {
  app.get(
    '/api/v1/public/ratings/:token',
    { schema: { tags: ['public'], params: tokenParams, response: { 200: publicRatingPageSchema } } },
    async (req, reply) => sendResult(reply, await openRatingLink(db, req.params.token)),
  );
  app.post(
    '/api/v1/public/ratings/:token',
    {
      schema: {
        tags: ['public'],
        params: tokenParams,
        body: publicRatingSchema,
        response: { 201: publicRatingThanksSchema },
      },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' }, errors: ['gone'] },
    },
    async (req, reply) => sendResult(reply, await submitRatingViaLink(db, req.params.token, req.body), 201),
  );

  // The customer's form posts url-encoded; only these pages accept that, the API takes JSON.
  await app.register(async (scope) => {
    await scope.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
    const pages = scope.withTypeProvider<ZodTypeProvider>();
    pages.get(
      '/r/:token',
      { schema: { hide: true, querystring: z.object({ lang: z.enum(['de', 'en']).optional() }) } },
      async (req, reply) => {
        const { token } = req.params as { token: string };
        const lang = req.query.lang ?? (req.headers['accept-language']?.startsWith('en') ? 'en' : 'de');
        const page = /^[A-Za-z0-9_-]{10,100}$/.test(token) ? await openRatingLink(db, token) : null;
        const html = renderRatingPage({
          lang,
          token,
          page: page?.ok ? page.value : null,
          submitted: false,
          error: null,
        });
        return reply
          .code(page?.ok ? 200 : 404)
          .type('text/html; charset=utf-8')
          .send(html);
      },
    );

    pages.post(
      '/r/:token',
      { schema: { hide: true }, config: { ownBody: true, rateLimit: { max: 30, timeWindow: '1 minute' } } },
      async (req, reply) => {
        const { token } = req.params as { token: string };
        const body = (req.body ?? {}) as Record<string, unknown>;
        const lang = body.lang === 'en' ? 'en' : 'de';
        if (!/^[A-Za-z0-9_-]{10,100}$/.test(token))
          return sendError(reply, { code: 'not_found', message: 'This rating link does not exist' });
        const parsed = publicRatingSchema.safeParse({
          score: Number(body.score),
          comment: typeof body.comment === 'string' ? body.comment : undefined,
        });
        const page = await openRatingLink(db, token);
        if (!page.ok)
          return reply
            .code(404)
            .type('text/html; charset=utf-8')
            .send(renderRatingPage({ lang, token, page: null, submitted: false, error: null }));
        if (!parsed.success)
          return reply
            .code(400)
            .type('text/html; charset=utf-8')
            .send(renderRatingPage({ lang, token, page: page.value, submitted: false, error: 'score' }));
        const result = await submitRatingViaLink(db, token, parsed.data);
        const after = await openRatingLink(db, token);
        return reply
          .code(result.ok ? 201 : 410)
          .type('text/html; charset=utf-8')
          .send(
            renderRatingPage({
              lang,
              token,
              page: after.ok ? after.value : page.value,
              submitted: result.ok,
              error: null,
            }),
          );
      },
    );
  });
}
