import { z } from 'zod';
import type {
  AnalogTouchpoint,
  Checklist,
  DigitalInterface,
  DoOrDont,
  NeedCategory,
} from '../core/catalogue';
import { aidalaPhaseKeySchema, checklistKindSchema, ownershipSchema, phaseClassSchema } from '../core/model';
import type { SameType } from './sameType';

// The catalogue is product data defined in the core; these schemas describe it for the API, and the
// `SameType` checks below fail to compile when the two drift apart.

export const needCategorySchema = z.object({ key: z.string(), nameDe: z.string(), nameEn: z.string() });

export const digitalInterfaceSchema = z.object({
  key: z.string(),
  name: z.string(),
  nameEn: z.string(),
  definitionDe: z.string(),
  definitionEn: z.string(),
  prosDe: z.array(z.string()),
  prosEn: z.array(z.string()),
  consDe: z.array(z.string()),
  consEn: z.array(z.string()),
  paysOffWhenDe: z.string(),
  paysOffWhenEn: z.string(),
  phases: z.array(aidalaPhaseKeySchema),
  needRatings: z.array(z.number()),
  ownership: ownershipSchema,
  phaseClass: phaseClassSchema,
  checklistKind: checklistKindSchema.optional(),
});

export const analogTouchpointSchema = z.object({
  key: z.string(),
  nameDe: z.string(),
  nameEn: z.string(),
  descriptionDe: z.string(),
  descriptionEn: z.string(),
  phases: z.array(aidalaPhaseKeySchema),
  ownership: ownershipSchema,
  phaseClass: phaseClassSchema,
  direct: z.boolean(),
});

export const doOrDontSchema = z.object({
  kind: z.enum(['do', 'dont']),
  textDe: z.string(),
  textEn: z.string(),
});

/** `GET /catalogue`: everything a workspace picks touchpoints from. */
export const catalogueSchema = z.object({
  needCategories: z.array(needCategorySchema),
  digitalInterfaces: z.array(digitalInterfaceSchema),
  analogTouchpoints: z.array(analogTouchpointSchema),
  dosAndDonts: z.array(doOrDontSchema),
});

const maturityCriterionSchema = z.object({
  key: z.string(),
  kind: checklistKindSchema,
  level: z.enum(['minimal', 'good', 'excellent']),
  textDe: z.string(),
  textEn: z.string(),
});

/** `GET /catalogue/checklists/:kind`: the criteria of each maturity level. */
export const checklistSchema = z.object({
  minimal: z.array(maturityCriterionSchema),
  good: z.array(maturityCriterionSchema),
  excellent: z.array(maturityCriterionSchema),
});

export const catalogueMatchesCore: [
  SameType<z.infer<typeof needCategorySchema>, NeedCategory>,
  SameType<z.infer<typeof digitalInterfaceSchema>, DigitalInterface>,
  SameType<z.infer<typeof analogTouchpointSchema>, AnalogTouchpoint>,
  SameType<z.infer<typeof doOrDontSchema>, DoOrDont>,
  SameType<z.infer<typeof checklistSchema>, Checklist>,
] = [true, true, true, true, true];
