import { describe, it, expect } from 'vitest';
import {
  analogTouchpoints,
  catalogueEntryAsJson,
  checklistFor,
  deriveMaturity,
  digitalInterfaces,
  dosAndDonts,
  findDigitalInterface,
  maturityCriteria,
  needCategories,
} from '../../src/core/catalogue';
import type { AidalaPhaseKey, ChecklistKind } from '../../src/core/model';

const phaseOrder: AidalaPhaseKey[] = ['attention', 'interest', 'desire', 'action', 'loyalty', 'advocacy'];

/** `interfaces` of /work/shared/quickcheck/weights.json, copied by hand. */
const quickcheckInterfaceNames = [
  'Augmented Reality',
  'Bewertungsportale',
  'Blogs',
  'Chatbots',
  'Digitale Bezahlsysteme',
  'Emails',
  'externer E-Marketplace',
  'Foren',
  'Instant Messenger',
  'Live-Chat',
  'Mobile Apps',
  'Newsletter (Email)',
  'Online-Messen',
  'eigener Online-Shop',
  'Service-Plattformen',
  'Social Media',
  'Sprachassistenten',
  'SEM (Suchmaschinen-Marketing)',
  'Track and Trace (Sendungsverfolgung)',
  'Videokonferenzen-Tool',
  'Virtual Reality',
  'Virtual Showroom',
  'Website',
];

/**
 * Read by hand from seed 002: phases from Table 1, stars from the category lists of section 2.3
 * (order: synchronous, 24/7, reach, cost/time, visualisation, relationship, customer data,
 * sales channels, credibility, service automation, acquisition, sales automation, entry cost).
 */
const fromTheSeed: Record<string, { phases: AidalaPhaseKey[]; needRatings: number[] }> = {
  'Augmented Reality': {
    phases: ['interest', 'desire', 'loyalty'],
    needRatings: [2, 2, 2, 2, 3, 2, 1, 0, 2, 2, 0, 0, 0],
  },
  Bewertungsportale: { phases: ['desire', 'advocacy'], needRatings: [0, 2, 2, 1, 1, 1, 2, 0, 3, 0, 0, 0, 3] },
  Chatbots: { phases: ['desire', 'action', 'loyalty'], needRatings: [3, 3, 0, 3, 2, 2, 2, 2, 0, 3, 2, 2, 0] },
  Emails: { phases: ['desire', 'action', 'loyalty'], needRatings: [0, 1, 1, 3, 1, 2, 1, 2, 1, 0, 2, 0, 3] },
  'externer E-Marketplace': {
    phases: ['attention', 'interest', 'desire'],
    needRatings: [1, 3, 3, 2, 2, 1, 1, 3, 1, 3, 1, 3, 3],
  },
  'Live-Chat': {
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  'Newsletter (Email)': {
    phases: ['interest', 'loyalty'],
    needRatings: [0, 0, 2, 2, 2, 1, 2, 1, 2, 1, 2, 0, 3],
  },
  'eigener Online-Shop': {
    phases: ['interest', 'desire', 'action', 'loyalty', 'advocacy'],
    needRatings: [2, 3, 2, 3, 2, 2, 3, 3, 2, 1, 2, 3, 0],
  },
  'Social Media': {
    phases: ['attention', 'interest', 'desire', 'loyalty', 'advocacy'],
    needRatings: [3, 3, 3, 1, 1, 2, 3, 1, 2, 0, 2, 0, 2],
  },
  'SEM (Suchmaschinen-Marketing)': {
    phases: ['attention'],
    needRatings: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  },
  'Track and Trace (Sendungsverfolgung)': {
    phases: ['loyalty', 'advocacy'],
    needRatings: [0, 3, 0, 2, 0, 1, 1, 0, 0, 2, 0, 1, 0],
  },
  'Videokonferenzen-Tool': {
    phases: ['desire', 'action', 'loyalty'],
    needRatings: [3, 1, 0, 3, 1, 2, 1, 2, 2, 0, 0, 0, 3],
  },
  Website: {
    phases: ['interest', 'desire', 'action', 'loyalty', 'advocacy'],
    needRatings: [0, 3, 0, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1],
  },
};

const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const keysOf = (kind: ChecklistKind, level: 'minimal' | 'good' | 'excellent'): string[] =>
  checklistFor(kind)[level].map((c) => c.key);

describe('need categories', () => {
  it('has the 13 categories of section 2.3 in order', () => {
    expect(needCategories).toHaveLength(13);
    expect(needCategories[0]?.nameDe).toBe('Synchrone Kommunikation');
    expect(needCategories[12]?.nameDe).toBe('Geringe Einstiegskosten');
    expect(new Set(needCategories.map((c) => c.key)).size).toBe(13);
  });
});

describe('digital interfaces', () => {
  it('lists the 23 interfaces in the order and spelling of the Quickcheck weights', () => {
    expect(digitalInterfaces.map((i) => i.name)).toEqual(quickcheckInterfaceNames);
  });

  it('has unique keys that are slugs of the names', () => {
    expect(new Set(digitalInterfaces.map((i) => i.key)).size).toBe(23);
    for (const i of digitalInterfaces) expect(i.key).toBe(slugify(i.name));
  });

  it.each(digitalInterfaces)('$name has 13 star ratings between 0 and 3', (i) => {
    expect(i.needRatings).toHaveLength(13);
    for (const stars of i.needRatings) {
      expect(Number.isInteger(stars)).toBe(true);
      expect(stars).toBeGreaterThanOrEqual(0);
      expect(stars).toBeLessThanOrEqual(3);
    }
  });

  it.each(digitalInterfaces)('$name has valid phases in AIDA(LA) order', (i) => {
    expect(i.phases.length).toBeGreaterThan(0);
    const positions = i.phases.map((p) => phaseOrder.indexOf(p));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(i.phases).size).toBe(i.phases.length);
  });

  it.each(digitalInterfaces)('$name has complete bilingual texts', (i) => {
    for (const text of [i.definitionDe, i.definitionEn, i.paysOffWhenDe, i.paysOffWhenEn]) {
      expect(text.trim().length).toBeGreaterThan(0);
    }
    expect(i.prosDe.length).toBeGreaterThanOrEqual(3);
    expect(i.prosDe.length).toBeLessThanOrEqual(5);
    expect(i.consDe.length).toBeGreaterThanOrEqual(3);
    expect(i.consDe.length).toBeLessThanOrEqual(5);
    expect(i.prosEn).toHaveLength(i.prosDe.length);
    expect(i.consEn).toHaveLength(i.consDe.length);
  });

  it.each(Object.entries(fromTheSeed))('%s matches Table 1 and section 2.3', (name, expected) => {
    const i = findDigitalInterface(name);
    expect(i?.phases).toEqual(expected.phases);
    expect(i?.needRatings).toEqual(expected.needRatings);
  });

  it('sets the checklist kind only for website, e-mail, newsletter and social media', () => {
    const withChecklist = digitalInterfaces
      .filter((i) => i.checklistKind)
      .map((i) => [i.key, i.checklistKind]);
    expect(withChecklist).toEqual([
      ['emails', 'email'],
      ['newsletter-email', 'email'],
      ['social-media', 'social_media'],
      ['website', 'website'],
    ]);
  });
});

describe('findDigitalInterface and catalogueEntryAsJson', () => {
  it('finds by key, German name or English name, ignoring case', () => {
    expect(findDigitalInterface('newsletter-email')?.name).toBe('Newsletter (Email)');
    expect(findDigitalInterface('EIGENER ONLINE-SHOP')?.key).toBe('eigener-online-shop');
    expect(findDigitalInterface('Video conferencing tool')?.key).toBe('videokonferenzen-tool');
    expect(findDigitalInterface('Fax')).toBeUndefined();
  });

  it('gives the CLI the fields it prints', () => {
    const website = findDigitalInterface('website');
    expect(website).toBeDefined();
    const json = catalogueEntryAsJson(website!);
    expect(json).toMatchObject({
      key: 'website',
      name: 'Website',
      phases: ['interest', 'desire', 'action', 'loyalty', 'advocacy'],
      needRatings: [0, 3, 0, 2, 3, 2, 2, 2, 3, 1, 1, 2, 1],
      checklistKind: 'website',
    });
    expect(json.definition.de).toBe(website!.definitionDe);
    expect(json.pros.en).toEqual(website!.prosEn);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(catalogueEntryAsJson(findDigitalInterface('blogs')!).checklistKind).toBeNull();
  });
});

describe('analog touchpoints', () => {
  it('is a non-empty list with unique keys and valid phases', () => {
    expect(analogTouchpoints.length).toBeGreaterThanOrEqual(16);
    expect(new Set(analogTouchpoints.map((t) => t.key)).size).toBe(analogTouchpoints.length);
    for (const t of analogTouchpoints) {
      expect(t.phases.length).toBeGreaterThan(0);
      const positions = t.phases.map((p) => phaseOrder.indexOf(p));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(positions.every((p) => p >= 0)).toBe(true);
    }
  });

  it('contains the classic B2B touchpoints', () => {
    const keys = analogTouchpoints.map((t) => t.key);
    for (const key of [
      'trade-fair',
      'field-sales-visit',
      'phone',
      'letter',
      'showroom',
      'customer-event',
      'print-ad',
      'catalogue-brochure',
      'word-of-mouth',
      'trade-press',
      'service-technician',
      'invoice',
      'packaging-delivery',
      'complaint-handling',
      'training-onboarding',
      'plant-tour',
    ]) {
      expect(keys).toContain(key);
    }
  });
});

describe("do's and don'ts", () => {
  it('has the ten entries of Table 25, both kinds, in both languages', () => {
    expect(dosAndDonts).toHaveLength(10);
    expect(dosAndDonts.some((d) => d.kind === 'do')).toBe(true);
    expect(dosAndDonts.some((d) => d.kind === 'dont')).toBe(true);
    for (const d of dosAndDonts) {
      expect(d.textDe.length).toBeGreaterThan(0);
      expect(d.textEn.length).toBeGreaterThan(0);
    }
  });
});

describe('maturity checklists', () => {
  it('has unique keys prefixed with their kind and level', () => {
    expect(new Set(maturityCriteria.map((c) => c.key)).size).toBe(maturityCriteria.length);
    for (const c of maturityCriteria) {
      expect(c.key.startsWith(`${c.kind.replace('_', '-')}-${c.level}-`)).toBe(true);
    }
  });

  it.each(['website', 'email', 'social_media'] as const)('%s has criteria on every level', (kind) => {
    const checklist = checklistFor(kind);
    expect(checklist.minimal.length).toBeGreaterThan(0);
    expect(checklist.good.length).toBeGreaterThan(0);
    expect(checklist.excellent.length).toBeGreaterThan(0);
  });

  it('groups the seed 000 website criteria by level', () => {
    expect(keysOf('website', 'minimal')).toEqual([
      'website-minimal-appealing-structure',
      'website-minimal-seo',
    ]);
    expect(keysOf('website', 'good')).toHaveLength(2);
    expect(keysOf('email', 'excellent')).toHaveLength(4);
    expect(keysOf('social_media', 'minimal')).toHaveLength(3);
  });
});

describe('deriveMaturity', () => {
  const minimal = keysOf('email', 'minimal');
  const good = keysOf('email', 'good');
  const excellent = keysOf('email', 'excellent');

  it('is none when nothing is checked', () => {
    expect(deriveMaturity('email', new Set())).toBe('none');
  });

  it('is minimal when all minimal criteria are checked', () => {
    expect(deriveMaturity('email', new Set(minimal))).toBe('minimal');
  });

  it('is good when all minimal and good criteria are checked', () => {
    expect(deriveMaturity('email', new Set([...minimal, ...good]))).toBe('good');
  });

  it('is excellent when everything is checked', () => {
    expect(deriveMaturity('email', new Set([...minimal, ...good, ...excellent]))).toBe('excellent');
  });

  it('is none when good is ticked but one minimal criterion is missing', () => {
    expect(deriveMaturity('email', new Set([...minimal.slice(1), ...good]))).toBe('none');
  });

  it('stays at minimal when excellent is ticked but one good criterion is missing', () => {
    expect(deriveMaturity('email', new Set([...minimal, ...good.slice(1), ...excellent]))).toBe('minimal');
  });

  it('ignores the criteria of other kinds', () => {
    const allWebsite = maturityCriteria.filter((c) => c.kind === 'website').map((c) => c.key);
    expect(deriveMaturity('social_media', new Set(allWebsite))).toBe('none');
    expect(deriveMaturity('website', new Set(allWebsite))).toBe('excellent');
  });
});
