import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { collectBodySchema, ingestResultSchema, MAX_COLLECT_BODY_BYTES } from '../../contract/events';
import { findUnstorableInput } from '../../core/unstorableInput';
import { ingestEvents } from '../../services/events/ingest';
import { countBeforeConsent } from '../../services/events/visitorSalts';
import { resolveWriteKey } from '../../services/events/writeKeys';
import { sendError } from '../errors';
import type { App, AppDeps } from '../types';

/** Pages on any site send events here; they never send or receive credentials. */
export function allowAnyOrigin(_req: FastifyRequest, reply: FastifyReply, done: () => void): void {
  reply.header('access-control-allow-origin', '*');
  done();
}

/** The write key: header `x-write-key`, body `writeKey` (the tracker's beacons cannot set headers), or query. */
function writeKeyOf(req: FastifyRequest): string | undefined {
  const header = req.headers['x-write-key'];
  if (typeof header === 'string' && header) return header;
  const fromBody = (req.body as { writeKey?: unknown } | null | undefined)?.writeKey;
  if (typeof fromBody === 'string' && fromBody) return fromBody;
  const fromQuery = (req.query as { writeKey?: unknown } | undefined)?.writeKey;
  return typeof fromQuery === 'string' && fromQuery ? fromQuery : undefined;
}

/** `navigator.sendBeacon` posts text/plain (no CORS preflight); its text is the JSON body. */
async function parseTextBody(req: FastifyRequest, reply: FastifyReply) {
  if (typeof req.body !== 'string') return;
  try {
    req.body = JSON.parse(req.body) as unknown;
  } catch {
    return sendError(reply, { code: 'validation_failed', message: 'The body is not valid JSON' });
  }
  // The app-wide depth check ran before this parse; serialising deeper JSON again would overflow the stack.
  const [tooDeep] = findUnstorableInput(req.body, { text: false, limit: 1 });
  if (tooDeep) {
    const field = ['body', ...tooDeep.path].join('.');
    return sendError(reply, {
      code: 'validation_failed',
      message: `${field}: ${tooDeep.reason}`,
      details: { issues: [{ field, message: tooDeep.reason, code: 'too_deep' }] },
    });
  }
}

/** `POST /api/v1/collect`: events from websites (the tracker) and other systems, authorised by a write key. */
export async function collectRoutes(app: App, { db, config }: AppDeps) {
  const tags = ['events'];
  app.options('/collect', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, x-write-key')
      .header('access-control-max-age', '86400')
      .send(),
  );

  app.post(
    '/collect',
    {
      bodyLimit: MAX_COLLECT_BODY_BYTES,
      // Thousands of requests a second: log failures only.
      logLevel: 'warn',
      onRequest: allowAnyOrigin,
      preValidation: parseTextBody,
      schema: {
        tags,
        summary: 'Send one event or a batch of up to 1,000',
        description:
          'Valid events are stored, invalid ones reported by index. 200 when at least one event was valid (or a duplicate), 400 when none was. See docs/tracking.md.',
        security: [],
        querystring: z.object({ writeKey: z.string().max(200).optional() }),
        body: collectBodySchema,
        response: { 200: ingestResultSchema },
      },
      config: {
        // Events are checked one by one, so one bad event does not cost the others.
        ownBody: true,
        errors: ['unauthenticated'],
        rateLimit:
          config.ingestRateLimit > 0
            ? {
                max: config.ingestRateLimit,
                timeWindow: 60_000,
                // After parsing, so a key sent in the body counts as well as one in the header.
                hook: 'preHandler',
                keyGenerator: (req) => {
                  const key = writeKeyOf(req);
                  return key ? `wk:${key}` : `ip:${req.ip}`;
                },
              }
            : false,
      },
    },
    async (req, reply) => {
      const key = writeKeyOf(req);
      if (!key)
        return sendError(reply, {
          code: 'unauthenticated',
          message: 'Send a write key in the x-write-key header or as writeKey in the body',
        });
      const workspaceId = await resolveWriteKey(db, key);
      if (!workspaceId)
        return sendError(reply, { code: 'unauthenticated', message: 'The write key is unknown or revoked' });
      const { writeKey: _key, source, events, ...single } = req.body;
      if (events && Object.keys(single).length > 0)
        return sendError(reply, {
          code: 'validation_failed',
          message: 'A batch has only writeKey, source and events',
          details: {
            issues: Object.keys(single).map((field) => ({ field, message: 'is not a known field' })),
          },
        });
      const fromTracker = source === 'tracker';
      const sent = events ?? [single];
      // Before consent the tracker's id lives as long as the page; a daily visitor id counts the visit.
      const counted = fromTracker
        ? await countBeforeConsent(db, workspaceId, sent, {
            ip: req.ip,
            userAgent: req.headers['user-agent'] ?? '',
            now: new Date(),
          })
        : sent;
      const result = await ingestEvents(db, workspaceId, counted, {
        source: fromTracker ? 'tracker' : 'api',
        ...(fromTracker && { ip: req.ip }),
      });
      if (result.accepted + result.duplicates === 0)
        return sendError(reply, {
          code: 'validation_failed',
          message: result.rejected.length === 1 ? 'The event is not valid' : 'No event is valid',
          details: result,
        });
      return reply.code(200).send(result);
    },
  );
}
