import fastifyFormbody from '@fastify/formbody';
import type { FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { renderPreferencePage } from '../../core/email/preferencePage';
import type { Result } from '../../core/result';
import {
  preferenceState,
  recordClick,
  recordOpen,
  resubscribe,
  unsubscribe,
  type PreferenceState,
} from '../../services/email/tracking';
import { sendError } from '../errors';
import type { App, AppDeps } from '../types';

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const tokenOf = (params: unknown): string => String((params as { token?: unknown }).token ?? '');

function page(
  reply: FastifyReply,
  token: string,
  state: Result<PreferenceState>,
  done: 'unsubscribed' | 'resubscribed' | null,
  lang?: 'de' | 'en',
) {
  const html = renderPreferencePage({
    lang: lang ?? (state.ok ? state.value.locale : 'de'),
    token,
    page: state.ok ? state.value : null,
    done: state.ok ? done : null,
  });
  return reply
    .code(state.ok ? 200 : 404)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(html);
}

const langQuery = z.object({ lang: z.enum(['de', 'en']).optional() });

/**
 * Per client address: generous, since a company's mail gateway or a privacy proxy fetches for many
 * readers behind one address, but a loop or a scraper is stopped before it fills the event log.
 */
export const TRACKING_RATE_LIMIT = { max: 600, timeWindow: '1 minute' };
const limited = { rateLimit: TRACKING_RATE_LIMIT };
/** The pages read their url-encoded (or, for RFC 8058, any) body themselves. */
const form = { ...limited, ownBody: true };

/**
 * What the links in a mailing reach, without an account: the open pixel (`/e/o/<token>.gif`), the
 * click redirect (`/e/c/<token>?l=<link index>`), the RFC 8058 one-click unsubscribe (`POST /e/u/<token>`)
 * and the preference page (`/e/p/<token>`). HEAD requests (link checkers) answer but count nothing.
 */
export async function emailTrackingRoutes(app: App, { db }: AppDeps) {
  await app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<ZodTypeProvider>();
    // The preference form and RFC 8058 one-click posts are url-encoded; only these pages accept that.
    if (!plugin.hasContentTypeParser('application/x-www-form-urlencoded'))
      await plugin.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
    // RFC 8058 allows the one-click POST as multipart/form-data as well; its content does not matter.
    if (!scope.hasContentTypeParser('multipart/form-data'))
      scope.addContentTypeParser(
        'multipart/form-data',
        { parseAs: 'string', bodyLimit: 64 * 1024 },
        (_r, body, done) => done(null, body),
      );

    scope.get('/e/o/:file', { schema: { hide: true }, config: limited }, async (req, reply) => {
      const file = String((req.params as { file?: unknown }).file ?? '');
      if (req.method === 'GET')
        await recordOpen(db, file.replace(/\.gif$/, '')).catch((error: unknown) =>
          req.log.error({ err: error }, 'recording an e-mail open failed'),
        );
      return reply
        .header('cache-control', 'no-store, no-cache, must-revalidate, max-age=0, private')
        .header('pragma', 'no-cache')
        .header('expires', '0')
        .type('image/gif')
        .send(PIXEL);
    });

    scope.get(
      '/e/c/:token',
      {
        schema: { hide: true, querystring: z.object({ l: z.coerce.number().int().min(0).max(100_000) }) },
        config: limited,
      },
      async (req, reply) => {
        const target = await recordClick(db, tokenOf(req.params), req.query.l, {
          count: req.method === 'GET',
        });
        if (!target.ok) return sendError(reply, target.error);
        return reply
          .header('cache-control', 'no-store')
          .header('referrer-policy', 'no-referrer')
          .redirect(target.value, 302);
      },
    );

    scope.post('/e/u/:token', { schema: { hide: true }, config: form }, async (req, reply) => {
      const token = tokenOf(req.params);
      return page(reply, token, await unsubscribe(db, token, 'one_click'), 'unsubscribed');
    });
    // Opening the unsubscribe link (the footer's) or the preference link shows the same page.
    for (const path of ['/e/u/:token', '/e/p/:token'])
      scope.get(
        path,
        { schema: { hide: true, querystring: langQuery }, config: limited },
        async (req, reply) => {
          const token = tokenOf(req.params);
          return page(reply, token, await preferenceState(db, token), null, req.query.lang);
        },
      );
    scope.post('/e/p/:token', { schema: { hide: true }, config: form }, async (req, reply) => {
      const token = tokenOf(req.params);
      const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
        string,
        unknown
      >;
      const lang = body.lang === 'en' || body.lang === 'de' ? body.lang : undefined;
      if (body.action === 'resubscribe')
        return page(reply, token, await resubscribe(db, token), 'resubscribed', lang);
      if (body.action === 'unsubscribe')
        return page(reply, token, await unsubscribe(db, token, 'preference_page'), 'unsubscribed', lang);
      return sendError(reply, {
        code: 'validation_failed',
        message: 'action: must be unsubscribe or resubscribe',
        details: { field: 'action' },
      });
    });
  });
}
