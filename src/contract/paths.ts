import { z } from 'zod';
import { idSchema } from './common';
import { analysisPeriodShape, checkAnalysisPeriods, profilePageParams } from './analysisPeriod';

const pathShape = {
  /** Paths from the first time a profile reached this touchpoint … */
  start: idSchema.optional(),
  /** … or up to the first time it reached this one (exactly one of start and end). */
  end: idSchema.optional(),
  /** Touchpoints per path, the chosen one included. */
  depth: z.coerce.number().int().min(2).max(10).default(5),
  /** `true`: consecutive repeats of a touchpoint count once (A A B -> A B). */
  collapse: z.enum(['true', 'false']).default('false'),
  /** How many of the most frequent paths to keep and draw. */
  top: z.coerce.number().int().min(1).max(50).default(10),
  ...analysisPeriodShape,
};

const checkAnchor = (q: { start?: string | undefined; end?: string | undefined }, ctx: z.RefinementCtx) => {
  if ((q.start === undefined) === (q.end === undefined))
    ctx.addIssue({
      code: 'custom',
      path: [q.start === undefined ? 'start' : 'end'],
      message: 'send exactly one of start and end',
    });
};

/** `GET /analytics/paths`: the most frequent paths from a start or to an end touchpoint. */
export const pathsQuery = z.strictObject(pathShape).superRefine((q, ctx) => {
  checkAnchor(q, ctx);
  checkAnalysisPeriods(q, ctx);
});
export type PathsQuery = z.infer<typeof pathsQuery>;

/** `GET /analytics/paths/profiles`: the people behind one node of the Sankey, a page at a time. */
export const pathProfilesQuery = z
  .strictObject({
    ...pathShape,
    /** The node's id as the paths answer names it (`2:<touchpoint id>`, `3:(end)`, `0:(start)`). */
    node: z
      .string()
      .max(60)
      .regex(/^\d{1,2}:(\(end\)|\(start\)|[0-9a-f-]{36})$/i, 'a node id of the paths answer, e.g. 2:(end)'),
    ...profilePageParams,
  })
  .superRefine((q, ctx) => {
    checkAnchor(q, ctx);
    checkAnalysisPeriods(q, ctx);
  });
export type PathProfilesQuery = z.infer<typeof pathProfilesQuery>;

export const pathNodeSchema = z.object({
  id: z.string(),
  /** 0 = leftmost column of the Sankey. */
  level: z.number().int(),
  /** `end`: the journey stopped after the node before it ("(Ende)"); `start`: it began there. */
  kind: z.enum(['touchpoint', 'end', 'start']),
  touchpointId: idSchema.nullable(),
  /** The touchpoint's name; null for start and end nodes. */
  name: z.string().nullable(),
  profiles: z.number().int(),
  /** Profiles whose journey ended at this touchpoint (paths from a start). */
  dropOff: z.number().int(),
});
export type PathNodeOut = z.infer<typeof pathNodeSchema>;

export const pathsPeriodSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Profiles that reached the chosen touchpoint in the period. */
  profiles: z.number().int(),
  /** Of them, those on the paths shown (the most frequent ones). */
  shownProfiles: z.number().int(),
  paths: z.array(
    z.object({
      touchpointIds: z.array(idSchema),
      profiles: z.number().int(),
      /** The journey went on beyond the depth (at the far end from the chosen touchpoint). */
      open: z.boolean(),
    }),
  ),
  nodes: z.array(pathNodeSchema),
  links: z.array(z.object({ source: z.string(), target: z.string(), profiles: z.number().int() })),
});
export type PathsPeriod = z.infer<typeof pathsPeriodSchema>;

export const pathsSchema = pathsPeriodSchema.extend({
  anchor: z.object({ kind: z.enum(['start', 'end']), touchpointId: idSchema, name: z.string() }),
  depth: z.number().int(),
  collapse: z.boolean(),
  /** The same figures for the comparison period; null when none was asked for. */
  compare: pathsPeriodSchema.nullable(),
});
export type Paths = z.infer<typeof pathsSchema>;
