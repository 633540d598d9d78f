import { randomUUID } from 'node:crypto';
import { gunzip, inflate } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventInput, IngestResult, RejectedEvent } from '../../contract/events';
import {
  MAX_SEGMENT_BODY_BYTES,
  segmentBatchBodySchema,
  segmentResultSchema,
  segmentSingleBodySchema,
} from '../../contract/segment';
import { mapSegmentMessage, segmentFieldOf, type SegmentMessageType } from '../segment/mapSegmentMessage';
import { ingestEvents } from '../../services/events/ingest';
import { eventNameMappingsFor } from '../../services/events/eventNameMappings';
import { idWithoutConsentFor } from '../segment/idWithoutConsent';
import { consentOfSegmentContext } from '../../core/segment/consentOfSegmentContext';
import { resolveWriteKey } from '../../services/events/writeKeys';
import type { ErrorCode } from '../../core/result';
import { sendError } from '../errors';
import type { App, AppDeps } from '../types';
import { allowAnyOrigin } from './collect';

/** The write key: Segment's Basic-auth user name (password empty), `writeKey` in the body, or `x-write-key`. */
function writeKeyOf(req: FastifyRequest): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^basic /i.test(auth)) {
    const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
    const user = decoded.split(':')[0];
    // Decoded bytes may be anything; a key is printable ASCII, and PostgreSQL must never see a NUL.
    if (user && /^[\x21-\x7e]+$/.test(user)) return user;
  }
  const header = req.headers['x-write-key'];
  if (typeof header === 'string' && header) return header;
  const fromBody = (req.body as { writeKey?: unknown } | null | undefined)?.writeKey;
  return typeof fromBody === 'string' && fromBody ? fromBody : undefined;
}

const httpError = (statusCode: number, message: string) => Object.assign(new Error(message), { statusCode });

/**
 * Any content type (RudderStack's gzipped bodies come without a JSON one), gzip or deflate as
 * `Content-Encoding` says; the size limit holds for the decompressed body too.
 */
function parseSegmentBody(
  req: FastifyRequest,
  raw: Buffer,
  done: (err: Error | null, body?: unknown) => void,
) {
  const parse = (err: Error | null, text?: Buffer) => {
    if (err)
      return done(
        (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? httpError(413, `The decompressed body is larger than ${MAX_SEGMENT_BODY_BYTES} bytes`)
          : httpError(400, `The body is not valid ${encoding}`),
      );
    if (!text || text.length === 0) return done(null, undefined);
    try {
      done(null, JSON.parse(text.toString('utf8')) as unknown);
    } catch {
      done(Object.assign(new SyntaxError('The body is not valid JSON'), { statusCode: 400 }));
    }
  };
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  const limit = { maxOutputLength: MAX_SEGMENT_BODY_BYTES };
  if (encoding === 'gzip') gunzip(raw, limit, parse);
  else if (encoding === 'deflate') inflate(raw, limit, parse);
  else if (encoding === 'identity') parse(null, raw);
  else done(httpError(415, `Content-Encoding ${encoding} is not supported; send gzip or none`));
}

const singleTypes: SegmentMessageType[] = ['track', 'identify', 'page', 'screen', 'group', 'alias'];

/**
 * `POST /api/segment/v1/batch` and `/v1/{track,identify,page,screen,group,alias}`: the Segment Spec's
 * HTTP API, so Segment's and RudderStack's clients send to Touchpoint unchanged. Each message is mapped
 * by the core and stored by the same ingest path as /collect; a bad message is reported by its index.
 */
export async function segmentRoutes(app: App, { db, config }: AppDeps) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_SEGMENT_BODY_BYTES }, parseSegmentBody);

  app.options('/v1/:type', { schema: { hide: true } }, async (_req, reply) =>
    reply
      .code(204)
      .header('access-control-allow-origin', '*')
      .header('access-control-allow-methods', 'POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, content-encoding, authorization, x-write-key')
      .header('access-control-max-age', '86400')
      .send(),
  );

  const routeConfig = {
    // Messages are checked one by one, so one bad message does not cost the others.
    ownBody: true,
    errors: ['unauthenticated'] as ErrorCode[],
    rateLimit:
      config.ingestRateLimit > 0
        ? {
            max: config.ingestRateLimit,
            timeWindow: 60_000,
            hook: 'preHandler' as const,
            keyGenerator: (req: FastifyRequest) => {
              const key = writeKeyOf(req);
              return key ? `wk:${key}` : `ip:${req.ip}`;
            },
          }
        : (false as const),
  };
  const common = {
    bodyLimit: MAX_SEGMENT_BODY_BYTES,
    logLevel: 'warn' as const,
    onRequest: allowAnyOrigin,
    config: routeConfig,
  };
  const description =
    'Segment Spec messages from Segment or RudderStack clients. The write key is the Basic-auth user name (password empty) or `writeKey` in the body; bodies may be gzip-compressed. Valid messages are stored, invalid ones reported by index: 200 when at least one was valid (or a duplicate), 400 when none was, 401 for an unknown key. See docs/tracking.md.';

  app.post(
    '/v1/batch',
    {
      ...common,
      schema: {
        tags: ['segment'],
        summary: 'Send a batch of Segment messages',
        description,
        security: [],
        body: segmentBatchBodySchema,
        response: { 200: segmentResultSchema },
      },
    },
    async (req, reply) => {
      const { batch, sentAt } = req.body;
      return receive(req, reply, batch, { batchSentAt: sentAt, prefix: 'batch' });
    },
  );

  for (const type of singleTypes)
    app.post(
      `/v1/${type}`,
      {
        ...common,
        schema: {
          tags: ['segment'],
          summary: `Send one Segment ${type} message`,
          description,
          security: [],
          body: segmentSingleBodySchema,
          response: { 200: segmentResultSchema },
        },
      },
      async (req, reply) => receive(req, reply, [req.body], { type }),
    );

  async function receive(
    req: FastifyRequest,
    reply: FastifyReply,
    messages: readonly unknown[],
    options: { type?: SegmentMessageType; batchSentAt?: unknown; prefix?: string },
  ) {
    const key = writeKeyOf(req);
    if (!key)
      return sendError(reply, {
        code: 'unauthenticated',
        message: 'Send the write key as the Basic-auth user name or as writeKey in the body',
      });
    const workspaceId = await resolveWriteKey(db, key);
    if (!workspaceId)
      return sendError(reply, { code: 'unauthenticated', message: 'The write key is unknown or revoked' });

    const receivedAt = new Date();
    const eventNames = await eventNameMappingsFor(db, workspaceId);
    // The day's secret only when a message refuses consent: a request that needs none writes nothing.
    const idWithoutConsent = messages.some(refusesConsent)
      ? await idWithoutConsentFor(db, workspaceId, receivedAt)
      : undefined;
    let withoutConsent = 0;
    const fieldAt = (index: number, field: string) =>
      options.prefix ? `${options.prefix}.${index}${field ? `.${field}` : ''}` : field || 'body';
    const rejected: RejectedEvent[] = [];
    const events: EventInput[] = [];
    const origins: { index: number; sourceOf: Record<string, string> }[] = [];
    messages.forEach((message, index) => {
      const mapped = mapSegmentMessage(message, {
        type: options.type,
        receivedAt,
        batchSentAt: options.batchSentAt,
        newId: randomUUID,
        eventNames,
        idWithoutConsent,
      });
      if (mapped.ok) {
        if (mapped.event === null) withoutConsent += 1;
        else {
          events.push(mapped.event);
          origins.push({ index, sourceOf: mapped.sourceOf });
        }
      } else
        rejected.push({
          index,
          errors: mapped.errors.map((e) => ({ ...e, field: fieldAt(index, e.field) })),
        });
    });

    const ingested: IngestResult = events.length
      ? await ingestEvents(db, workspaceId, events, { source: 'segment' })
      : { accepted: 0, duplicates: 0, rejected: [] as RejectedEvent[] };
    for (const r of ingested.rejected) {
      const origin = origins[r.index];
      if (!origin) continue;
      rejected.push({
        ...r,
        index: origin.index,
        errors: r.errors.map((e) => ({
          ...e,
          field: fieldAt(origin.index, segmentFieldOf(origin.sourceOf, e.field)),
        })),
      });
    }
    rejected.sort((a, b) => a.index - b.index);
    const result = { accepted: ingested.accepted, duplicates: ingested.duplicates, withoutConsent, rejected };
    if (result.accepted + result.duplicates + withoutConsent === 0) {
      const first = rejected[0]?.errors[0];
      return sendError(reply, {
        code: 'validation_failed',
        message: first ? `${first.field}: ${first.message}` : 'No message is valid',
        details: result,
      });
    }
    return reply.code(200).send({ success: true as const, ...result });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a message's `context.consent` refuses analytics (the message is stored without its ids). */
function refusesConsent(message: unknown): boolean {
  return (
    isRecord(message) && isRecord(message.context) && consentOfSegmentContext(message.context) === 'refused'
  );
}
