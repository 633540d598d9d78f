import { z } from 'zod';
import { journeyModelKindSchema, roleSchema } from '../core/model';
import { requiredName } from './common';

/** A phase of a workspace's journey model, in the order of `position`. */
export const phaseSchema = z.object({
  id: z.string(),
  key: z.string(),
  nameDe: z.string(),
  nameEn: z.string(),
  description: z.string(),
  position: z.number(),
});
export type Phase = z.infer<typeof phaseSchema>;

export const journeyModelSchema = z.object({
  id: z.string(),
  kind: journeyModelKindSchema,
  name: z.string(),
  active: z.boolean(),
  phases: z.array(phaseSchema),
});
export type JourneyModel = z.infer<typeof journeyModelSchema>;

/** `GET /workspaces/:id`: the workspace with its active journey model. */
export const workspaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  slug: z.string(),
  locale: z.string(),
  journeyModel: journeyModelSchema,
});
export type Workspace = z.infer<typeof workspaceSchema>;

const phaseTemplateSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9_-]+$/, 'lower-case letters, digits, - and _ only'),
  nameDe: requiredName,
  nameEn: requiredName,
  descriptionDe: z.string().max(1000).default(''),
  descriptionEn: z.string().max(1000).default(''),
});

/** A journey model to add: a built-in kind, or `custom` with its name and phases. */
export const journeyModelInputSchema = z.strictObject({
  kind: journeyModelKindSchema,
  name: requiredName.optional(),
  phases: z.array(phaseTemplateSchema).max(20).optional(),
});
/** What a client sends; the phase descriptions may be left out. */
export type JourneyModelInput = z.input<typeof journeyModelInputSchema>;

/**
 * What a new workspace starts with (`POST /workspaces`, field `start`): `empty` (the journey model
 * only), `template` (the journey model plus persona skeletons of the method, no demo data) or `demo` (a
 * copy of the demo workspace's map, personas, ratings, measures and KPIs, without its live data). An
 * exported document is imported through `POST /workspaces/import` instead.
 */
export const workspaceStartSchema = z.enum(['empty', 'template', 'demo']);
export type WorkspaceStart = z.infer<typeof workspaceStartSchema>;

/** The language of the workspace and of what a template fills in. */
export const workspaceLocaleSchema = z.enum(['de', 'en']);
export type WorkspaceLocale = z.infer<typeof workspaceLocaleSchema>;

/** A workspace the caller belongs to, with their role in it (`GET /workspaces`, `GET /auth/me`). */
export const membershipSchema = z.object({
  workspaceId: z.string(),
  workspaceName: z.string(),
  role: roleSchema,
});
export type Membership = z.infer<typeof membershipSchema>;
