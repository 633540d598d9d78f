import { z } from 'zod';
import { unstorableTextReason } from '../core/unstorableInput';
import { ingestResultSchema, MAX_BATCH_EVENTS } from './events';

/** Segment's own limit for a batch is 500 KB; RudderStack's clients stay below it too. */
export const MAX_SEGMENT_BODY_BYTES = 1024 * 1024;

const writeKeySchema = z
  .string()
  .max(200)
  .refine((s) => unstorableTextReason(s) === null, 'must not contain NUL characters or unpaired surrogates')
  .optional();

/**
 * A message of the Segment Spec (track, identify, page, screen, group, alias). Open on purpose: a
 * standard format takes every field its clients send; the mapping checks the fields it uses, message
 * by message (docs/tracking.md).
 */
export const segmentMessageSchema = z
  .object({})
  .catchall(z.unknown())
  .describe(
    'A Segment Spec message: type, messageId, userId/anonymousId, timestamp, context, properties, traits, …',
  );

/** `POST /api/segment/v1/batch`: `{ batch: [...], sentAt?, context? }`, the write key as Basic-auth user name or `writeKey`. */
export const segmentBatchBodySchema = z
  .object({
    writeKey: writeKeySchema,
    batch: z
      .array(segmentMessageSchema)
      .min(1, 'must contain at least one message')
      .max(MAX_BATCH_EVENTS, `must contain at most ${MAX_BATCH_EVENTS} messages`),
  })
  .catchall(z.unknown());

/** `POST /api/segment/v1/{track,identify,page,screen,group,alias}`: one message, its type given by the path. */
export const segmentSingleBodySchema = z.object({ writeKey: writeKeySchema }).catchall(z.unknown());

/** What Segment's and RudderStack's clients expect (`success`), and what /collect reports besides. */
export const segmentResultSchema = ingestResultSchema.extend({
  success: z.literal(true),
  /** identify, group and alias messages sent without consent to analytics: acknowledged, not stored. */
  withoutConsent: z.number().int().min(0),
});
export type SegmentResult = z.infer<typeof segmentResultSchema>;
