import type { AidalaPhaseKey, ChecklistKind, Ownership, PhaseClass } from '../model';

/** One of the 13 need categories of seed 002 section 2.3, in the order the section lists them. */
export interface NeedCategory {
  key: string;
  nameDe: string;
  nameEn: string;
}

/** One of the 23 digital customer interfaces of seed 002 (sections 2.1-2.4). */
export interface DigitalInterface {
  /** Stable slug, e.g. `website`, `newsletter-email`. */
  key: string;
  /** The German name exactly as the Quickcheck weights spell it. */
  name: string;
  nameEn: string;
  definitionDe: string;
  definitionEn: string;
  prosDe: string[];
  prosEn: string[];
  consDe: string[];
  consEn: string[];
  paysOffWhenDe: string;
  paysOffWhenEn: string;
  /** AIDA(LA) phases of seed 002 Table 1. */
  phases: AidalaPhaseKey[];
  /** Stars 0-3 per need category of section 2.3, in the order of `needCategories`; 0 where not rated. */
  needRatings: number[];
  ownership: Ownership;
  phaseClass: PhaseClass;
  /** Which maturity checklist of seed 000 applies, if any. */
  checklistKind?: ChecklistKind;
}

/** A common analog touchpoint (trade fair, field sales visit, ...). */
export interface AnalogTouchpoint {
  key: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
  phases: AidalaPhaseKey[];
  ownership: Ownership;
  phaseClass: PhaseClass;
  direct: boolean;
}

/** A do or don't of seed 002 Table 25. */
export interface DoOrDont {
  kind: 'do' | 'dont';
  textDe: string;
  textEn: string;
}

/** One criterion of the Minimal / Gut / Exzellent levels of seed 000. */
export interface MaturityCriterion {
  key: string;
  kind: ChecklistKind;
  level: 'minimal' | 'good' | 'excellent';
  textDe: string;
  textEn: string;
}
