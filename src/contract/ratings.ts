import { z } from 'zod';
import { ratingSourceSchema, scoreSchema } from '../core/model';
import { idSchema, shortText } from './common';

export const ratingInputSchema = z.strictObject({
  source: ratingSourceSchema.default('employee'),
  score: scoreSchema,
  comment: z.string().max(5000).optional(),
  raterName: shortText().optional(),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

export const ratingSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  source: ratingSourceSchema,
  score: z.number().int(),
  comment: z.string(),
  raterName: z.string(),
  viaLink: z.boolean(),
  createdAt: z.string(),
});
export type Rating = z.infer<typeof ratingSchema>;

export const ratingLinkInputSchema = z.strictObject({
  label: shortText().optional(),
  expiresInDays: z.number().int().min(1).max(365).optional(),
  count: z.number().int().min(1).max(500).default(1),
});

export const ratingLinkSchema = z.object({
  id: idSchema,
  touchpointId: idSchema,
  token: z.string(),
  url: z.string(),
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  usedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type RatingLink = z.infer<typeof ratingLinkSchema>;

export const publicRatingSchema = z.strictObject({
  score: scoreSchema,
  comment: z.string().max(5000).optional(),
});

/** What a customer sees behind a rating link (`GET /public/ratings/:token`); no account needed. */
export const publicRatingPageSchema = z.object({
  workspaceName: z.string(),
  touchpointName: z.string(),
  customerView: z.string(),
  state: z.enum(['open', 'used', 'expired', 'revoked']),
});
export type PublicRatingPage = z.infer<typeof publicRatingPageSchema>;

/** What a submitted public rating answers. */
export const publicRatingThanksSchema = z.object({ thanks: z.literal(true) });
export type PublicRatingThanks = z.infer<typeof publicRatingThanksSchema>;
