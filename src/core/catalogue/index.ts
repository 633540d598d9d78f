import type { DigitalInterface } from './types';
import { digitalInterfaces } from './digitalInterfaces';

export type { AnalogTouchpoint, DigitalInterface, DoOrDont, MaturityCriterion, NeedCategory } from './types';
export { needCategories } from './needCategories';
export { digitalInterfaces } from './digitalInterfaces';
export { analogTouchpoints } from './analogTouchpoints';
export { dosAndDonts } from './dosAndDonts';
export { maturityCriteria } from './maturityCriteria';
export { checklistFor, checklistLevels, deriveMaturity } from './deriveMaturity';
export type { Checklist, ChecklistLevel } from './deriveMaturity';

/**
 * Looks up a digital interface by its key, or by its German or English name (case-insensitive).
 *
 * @example
 * findDigitalInterface('website')?.name; // 'Website'
 * findDigitalInterface('newsletter (email)')?.key; // 'newsletter-email'
 * findDigitalInterface('Fax'); // undefined
 */
export function findDigitalInterface(keyOrName: string): DigitalInterface | undefined {
  const wanted = keyOrName.trim().toLowerCase();
  return digitalInterfaces.find(
    (i) => i.key === wanted || i.name.toLowerCase() === wanted || i.nameEn.toLowerCase() === wanted,
  );
}

export interface CatalogueEntryJson {
  key: string;
  name: string;
  nameEn: string;
  phases: DigitalInterface['phases'];
  needRatings: number[];
  definition: { de: string; en: string };
  pros: { de: string[]; en: string[] };
  cons: { de: string[]; en: string[] };
  paysOffWhen: { de: string; en: string };
  ownership: DigitalInterface['ownership'];
  phaseClass: DigitalInterface['phaseClass'];
  checklistKind: DigitalInterface['checklistKind'] | null;
}

/**
 * The JSON shape of one catalogue entry, as printed by `touchpoint catalogue --format json`.
 * Languages are paired per field; `checklistKind` is `null` when no checklist applies.
 *
 * @example
 * const json = catalogueEntryAsJson(digitalInterfaces[0]!);
 * json.name; // 'Augmented Reality'
 * json.definition.en; // 'Augmented reality lays digital content ...'
 */
export function catalogueEntryAsJson(i: DigitalInterface): CatalogueEntryJson {
  return {
    key: i.key,
    name: i.name,
    nameEn: i.nameEn,
    phases: [...i.phases],
    needRatings: [...i.needRatings],
    definition: { de: i.definitionDe, en: i.definitionEn },
    pros: { de: [...i.prosDe], en: [...i.prosEn] },
    cons: { de: [...i.consDe], en: [...i.consEn] },
    paysOffWhen: { de: i.paysOffWhenDe, en: i.paysOffWhenEn },
    ownership: i.ownership,
    phaseClass: i.phaseClass,
    checklistKind: i.checklistKind ?? null,
  };
}
