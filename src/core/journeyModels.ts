import type { JourneyModelKind } from './model';

export interface PhaseTemplate {
  key: string;
  nameDe: string;
  nameEn: string;
  descriptionDe: string;
  descriptionEn: string;
}

export interface JourneyModelTemplate {
  kind: Exclude<JourneyModelKind, 'custom'>;
  nameDe: string;
  nameEn: string;
  phases: PhaseTemplate[];
}

/** AIDA(LA) with the phase names seed 002 uses for B2B buying (Table 1). The default model. */
export const aidalaModel: JourneyModelTemplate = {
  kind: 'aidala',
  nameDe: 'AIDA(LA)',
  nameEn: 'AIDA(LA)',
  phases: [
    {
      key: 'attention',
      nameDe: 'Attention – Informationsphase',
      nameEn: 'Attention – information',
      descriptionDe: 'Der Kunde wird auf einen Bedarf und auf das Unternehmen aufmerksam.',
      descriptionEn: 'The customer becomes aware of a need and of the company.',
    },
    {
      key: 'interest',
      nameDe: 'Interest – Spezifizierungsphase',
      nameEn: 'Interest – specification',
      descriptionDe: 'Der Kunde konkretisiert seine Anforderungen und sucht gezielt Lösungen.',
      descriptionEn: 'The customer specifies requirements and looks for solutions.',
    },
    {
      key: 'desire',
      nameDe: 'Desire – Anbieterselektionsphase',
      nameEn: 'Desire – supplier selection',
      descriptionDe: 'Der Kunde vergleicht Anbieter und entscheidet sich.',
      descriptionEn: 'The customer compares suppliers and decides.',
    },
    {
      key: 'action',
      nameDe: 'Action – Kaufphase',
      nameEn: 'Action – purchase',
      descriptionDe: 'Anfrage, Angebot, Bestellung und Lieferung.',
      descriptionEn: 'Enquiry, quote, order and delivery.',
    },
    {
      key: 'loyalty',
      nameDe: 'Loyalty – Aufrechterhaltungsphase',
      nameEn: 'Loyalty – retention',
      descriptionDe: 'Nutzung, Service und Wiederkauf.',
      descriptionEn: 'Use, service and repeat purchase.',
    },
    {
      key: 'advocacy',
      nameDe: 'Advocacy – Befürwortungsphase',
      nameEn: 'Advocacy – recommendation',
      descriptionDe: 'Der Kunde empfiehlt das Unternehmen weiter.',
      descriptionEn: 'The customer recommends the company to others.',
    },
  ],
};

/** NEED / BUY / USE of seed 003: lead management, opportunity management, service management. */
export const needBuyUseModel: JourneyModelTemplate = {
  kind: 'need_buy_use',
  nameDe: 'NEED / BUY / USE',
  nameEn: 'NEED / BUY / USE',
  phases: [
    {
      key: 'need',
      nameDe: 'NEED – Bedarf',
      nameEn: 'NEED',
      descriptionDe: 'Bedarf verspüren, aufmerksam werden, Optionen vergleichen (Lead Management).',
      descriptionEn: 'Feel a need, notice a product, compare options (lead management).',
    },
    {
      key: 'buy',
      nameDe: 'BUY – Kauf',
      nameEn: 'BUY',
      descriptionDe: 'Angebot, Verhandlung und Abschluss (Opportunity Management).',
      descriptionEn: 'Quote, negotiation and closing (opportunity management).',
    },
    {
      key: 'use',
      nameDe: 'USE – Nutzung',
      nameEn: 'USE',
      descriptionDe: 'Nutzung, Betreuung und Service (Service Management).',
      descriptionEn: 'Use, care and service (service management).',
    },
  ],
};

/** The seven-stage journey of seed 001: from no need to brand loyalty. */
export const sevenStageModel: JourneyModelTemplate = {
  kind: 'seven_stage',
  nameDe: 'Siebenstufige Customer Journey',
  nameEn: 'Seven-stage customer journey',
  phases: [
    {
      key: 'awareness',
      nameDe: 'Bedarfsweckung',
      nameEn: 'Awareness',
      descriptionDe: 'Erste Beschäftigung mit einem Thema.',
      descriptionEn: 'First contact with a topic.',
    },
    {
      key: 'consideration',
      nameDe: 'Lösungssuche',
      nameEn: 'Consideration',
      descriptionDe: 'Suche nach Lösungen.',
      descriptionEn: 'Looking for solutions.',
    },
    {
      key: 'preference',
      nameDe: 'Anbieterevaluation',
      nameEn: 'Preference',
      descriptionDe: 'Anbieter werden verglichen.',
      descriptionEn: 'Suppliers are compared.',
    },
    {
      key: 'purchase',
      nameDe: 'Kauf',
      nameEn: 'Purchase',
      descriptionDe: 'Anfrage, Angebot, Bestellung.',
      descriptionEn: 'Enquiry, quote, order.',
    },
    {
      key: 'usage',
      nameDe: 'Nutzung',
      nameEn: 'Usage',
      descriptionDe: 'Nutzungserfahrung mit dem Produkt.',
      descriptionEn: 'Experience of using the product.',
    },
    {
      key: 'service',
      nameDe: 'Service',
      nameEn: 'Service',
      descriptionDe: 'Inanspruchnahme des Service.',
      descriptionEn: 'Using the service.',
    },
    {
      key: 'loyalty',
      nameDe: 'Wiederkauf & Loyalität',
      nameEn: 'Repurchase & loyalty',
      descriptionDe: 'Wiederinanspruchnahme und Markenloyalität.',
      descriptionEn: 'Repeat purchase and brand loyalty.',
    },
  ],
};

export const journeyModelTemplates: Record<JourneyModelTemplate['kind'], JourneyModelTemplate> = {
  aidala: aidalaModel,
  need_buy_use: needBuyUseModel,
  seven_stage: sevenStageModel,
};

/**
 * Maps the AIDA(LA) phases of a catalogue entry onto the phase keys of another built-in model, so a
 * touchpoint created from the catalogue lands in the right columns whatever model the workspace uses.
 * Custom models get no pre-filled phases.
 */
export function mapAidalaPhases(kind: JourneyModelKind, aidala: readonly string[]): string[] {
  const map: Record<string, string[]> =
    kind === 'aidala'
      ? Object.fromEntries(aidala.map((k) => [k, [k]]))
      : kind === 'need_buy_use'
        ? {
            attention: ['need'],
            interest: ['need'],
            desire: ['need'],
            action: ['buy'],
            loyalty: ['use'],
            advocacy: ['use'],
          }
        : kind === 'seven_stage'
          ? {
              attention: ['awareness'],
              interest: ['consideration'],
              desire: ['preference'],
              action: ['purchase'],
              loyalty: ['usage', 'service', 'loyalty'],
              advocacy: ['loyalty'],
            }
          : {};
  return [...new Set(aidala.flatMap((k) => map[k] ?? []))];
}
