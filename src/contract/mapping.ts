import { z } from 'zod';
import { idSchema } from './common';

/** How far back suggestions look at unmapped events. */
export const SUGGESTION_DAYS = 30;

export const mappingSuggestionSchema = z.object({
  key: z.string().describe('Stable while the traffic lasts: host:…, path:…, utm:source/medium, channel:…'),
  kind: z.enum(['host', 'path', 'utm', 'channel']),
  conditions: z.object({
    urlPattern: z.string().optional(),
    utmSource: z.string().optional(),
    utmMedium: z.string().optional(),
    channel: z.string().optional(),
  }),
  position: z
    .number()
    .int()
    .nullable()
    .describe('0 for a rule to try before the broader ones (a path before its host); null: last'),
  touchpointId: idSchema.nullable().describe('The best-fitting touchpoint; null when none fits'),
  touchpointName: z.string().nullable(),
  events: z.number().int().describe('Unmapped events of the last 30 days the rule would cover'),
  people: z.number().int().describe('Distinct profiles (or anonymous visitors) among them'),
});
export type MappingSuggestion = z.infer<typeof mappingSuggestionSchema>;

export const mappingSuggestionsSchema = z.object({
  since: z.string().describe('Start of the window looked at (ISO time)'),
  unmappedEvents: z.number().int(),
  suggestions: z.array(mappingSuggestionSchema),
});
export type MappingSuggestions = z.infer<typeof mappingSuggestionsSchema>;

export const mappingApplyRunSchema = z.object({
  id: idSchema,
  ruleId: idSchema.nullable().describe('null: all rules ("re-map")'),
  status: z.enum(['running', 'done', 'failed']),
  done: z.number().int().describe('Unmapped events looked at so far'),
  total: z.number().int().describe('Unmapped events stored when the run started'),
  mapped: z.number().int().describe('Events that got a touchpoint'),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type MappingApplyRun = z.infer<typeof mappingApplyRunSchema>;

export const applyRunParams = z.object({ workspaceId: idSchema, runId: idSchema });

/** `?days=` of a touchpoint's activity, today included. */
export const touchpointActivityQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30),
});

export const touchpointLiveActivitySchema = z.object({
  touchpointId: idSchema,
  from: z.string(),
  to: z.string(),
  interactions: z.number().int().describe('Events mapped to the touchpoint in the period'),
  people: z.number().int().describe('Distinct profiles among them'),
  conversions: z.number().int().describe('Of them conversions and orders'),
  /** True when the touchpoint has any tracked event at all (not only in the period). */
  tracked: z.boolean(),
  trend: z.array(
    z.object({
      day: z.string(),
      interactions: z.number().int(),
      people: z.number().int().describe('Distinct profiles that day'),
      conversions: z.number().int(),
    }),
  ),
});
export type TouchpointLiveActivity = z.infer<typeof touchpointLiveActivitySchema>;
