import { z } from 'zod';
import {
  checklistKindSchema,
  directnessSchema,
  journeyModelKindSchema,
  maturitySchema,
  measureStatusSchema,
  mediumSchema,
  ownershipSchema,
  phaseClassSchema,
  ratingSourceSchema,
  scoreSchema,
} from '../core/model';
import { isoDate } from './common';
import { kpiNumber } from './kpis';
import { documentEditorialChannelSchema, documentEditorialItemSchema } from './editorialPlan';
import { documentGoalSchema, documentSwotEntrySchema } from './strategy';
import { documentConversionPointNameSchema, documentEventNameMappingSchema } from './eventNameMappings';

/**
 * A whole workspace as one JSON document: `touchpoint export` writes it, `touchpoint import` and the demo
 * loader read it. Objects point at each other through `ref`s local to the document, never database ids,
 * so a document can be imported into any installation. A phase is referred to as `modelRef:phaseKey`.
 * Objects are strict: an unknown field (a typo, a document of another program) is a problem, not lost.
 */
const ref = z.string().min(1).max(100);
const text = (max = 200) => z.string().max(max);

export const documentPhaseSchema = z.strictObject({
  key: z.string().min(1).max(40),
  nameDe: text(),
  nameEn: text(),
  description: text(1000).default(''),
});

export const documentJourneyModelSchema = z.strictObject({
  ref,
  kind: journeyModelKindSchema,
  name: text(),
  active: z.boolean().default(false),
  phases: z.array(documentPhaseSchema).min(1).max(20),
});

export const documentPersonaSchema = z.strictObject({
  ref,
  name: text().min(1),
  role: text().default(''),
  industry: text().default(''),
  companySize: text().default(''),
  description: text(10_000).default(''),
  needs: z.array(text(500)).default([]),
  goals: z.array(text(500)).default([]),
  pains: z.array(text(500)).default([]),
  preferredChannels: z.array(text(500)).default([]),
});

export const documentKpiSchema = z.strictObject({
  ref,
  name: text().min(1),
  unit: text(40).default(''),
  direction: z.enum(['higher_is_better', 'lower_is_better']).default('higher_is_better'),
  targetValue: kpiNumber.nullable().default(null),
  values: z
    .array(
      z.strictObject({
        measuredOn: isoDate,
        value: kpiNumber,
        source: z.enum(['manual', 'import', 'computed']).default('manual'),
        note: text(500).default(''),
      }),
    )
    .default([]),
});

export const documentTouchpointSchema = z.strictObject({
  ref,
  name: text().min(1),
  catalogueKey: z.string().max(100).nullable().default(null),
  type: text().default(''),
  medium: mediumSchema.default('digital'),
  directness: directnessSchema.default('direct'),
  ownership: ownershipSchema.default('owned'),
  phaseClass: phaseClassSchema.default('cip'),
  department: text().default(''),
  customerView: text(10_000).default(''),
  relevance: scoreSchema.default(3),
  momentThatMatters: z.boolean().default(false),
  checklistKind: checklistKindSchema.nullable().default(null),
  phases: z.array(z.string().regex(/^[^:]+:[^:]+$/, 'must be modelRef:phaseKey')).default([]),
  personas: z.array(ref).default([]),
  /** Null or left out: not yet assessed. */
  impact: scoreSchema.nullable().default(null),
  effort: scoreSchema.nullable().default(null),
  current: z
    .object({
      maturity: maturitySchema.default('none'),
      notes: text(10_000).default(''),
      assessedBy: text().nullable().default(null),
      assessedAt: z.iso.datetime({ offset: true }).nullable().default(null),
    })
    .prefault({}),
  target: z
    .object({
      maturity: maturitySchema.default('none'),
      description: text(10_000).default(''),
      rating: z.number().min(1).max(5).nullable().default(null),
    })
    .prefault({}),
  checklist: z.array(z.string().max(100)).default([]),
  retired: z
    .object({ at: z.iso.datetime({ offset: true }), reason: text(500).default('') })
    .nullable()
    .default(null),
  ratings: z
    .array(
      z.strictObject({
        source: ratingSourceSchema,
        score: scoreSchema,
        comment: text(5000).default(''),
        raterName: text().default(''),
        createdAt: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .default([]),
  kpis: z.array(documentKpiSchema).default([]),
  quickcheckRun: ref.nullable().default(null),
});

export const documentMeasureSchema = z.strictObject({
  title: text().min(1),
  description: text(10_000).default(''),
  owner: text().default(''),
  dueDate: isoDate.nullable().default(null),
  status: measureStatusSchema.default('planned'),
  effort: scoreSchema.default(3),
  expectedImpact: scoreSchema.default(3),
  kpi: ref.nullable().default(null),
  touchpoints: z.array(ref).default([]),
});

export const documentContentAssetSchema = z.strictObject({
  title: text().min(1),
  kind: text().default(''),
  url: text(2000).default(''),
  description: text(10_000).default(''),
  mappings: z
    .array(
      z.strictObject({ persona: ref, phase: z.string().regex(/^[^:]+:[^:]+$/, 'must be modelRef:phaseKey') }),
    )
    .default([]),
});

/** A "leads to" link (seed 001, step 4); without `persona` it holds for every persona's journey. */
export const documentTouchpointLinkSchema = z.strictObject({
  from: ref,
  to: ref,
  persona: ref.nullable().default(null),
  label: text().default(''),
});

export const documentQuickcheckRunSchema = z.strictObject({
  ref,
  name: text().default(''),
  answers: z.array(z.enum(['sehr-wichtig', 'wichtig', 'weniger-wichtig', 'unwichtig'])).length(14),
  createdByName: text().default(''),
  createdAt: z.iso.datetime({ offset: true }).optional(),
});

export const workspaceDocumentSchema = z.strictObject({
  format: z.literal('touchpoint.workspace'),
  version: z.literal(1),
  workspace: z.strictObject({ name: text().min(1), locale: z.enum(['de', 'en']).default('de') }),
  journeyModels: z.array(documentJourneyModelSchema).min(1).max(20),
  personas: z.array(documentPersonaSchema).max(1000).default([]),
  quickcheckRuns: z.array(documentQuickcheckRunSchema).max(1000).default([]),
  touchpoints: z.array(documentTouchpointSchema).max(10_000).default([]),
  measures: z.array(documentMeasureSchema).max(10_000).default([]),
  contentAssets: z.array(documentContentAssetSchema).max(10_000).default([]),
  touchpointLinks: z.array(documentTouchpointLinkSchema).max(50_000).default([]),
  swotEntries: z.array(documentSwotEntrySchema).max(10_000).default([]),
  goals: z.array(documentGoalSchema).max(1000).default([]),
  eventNameMappings: z.array(documentEventNameMappingSchema).max(1000).default([]),
  conversionPointNames: z.array(documentConversionPointNameSchema).max(10_000).default([]),
  /**
   * The editorial plan's channels in their order. Left out (a document older than the plan): the new
   * workspace starts with the usual five channels, and `editorialItems` name those by their names.
   */
  editorialChannels: z.array(documentEditorialChannelSchema).max(200).optional(),
  editorialItems: z.array(documentEditorialItemSchema).max(50_000).default([]),
});

/** What a document says, with every default filled in. */
export type WorkspaceDocument = z.output<typeof workspaceDocumentSchema>;
/** What a document author must write; defaults may be left out. */
export type WorkspaceDocumentInput = z.input<typeof workspaceDocumentSchema>;

/** What importing a workspace document answers: the new workspace and how many of each it holds. */
export const workspaceImportResultSchema = z.object({
  workspaceId: z.string(),
  counts: z.record(z.string(), z.number()),
});
export type WorkspaceImportResult = z.infer<typeof workspaceImportResultSchema>;
