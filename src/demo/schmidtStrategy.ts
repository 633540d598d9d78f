import type { WorkspaceDocumentInput } from '../contract/workspaceDocument';

/**
 * The demo's strategy and editorial plan (seed 000 section 5, for the Lohnfertiger of seed 002): a SWOT
 * for the company and for its two busiest channels, macro and micro goals measured by the demo's KPIs
 * (the quote response time and the delivery reliability meet their targets, website, LinkedIn, trade
 * fair and newsletter do not yet), and the channels the marketing team plans with.
 */

type Doc = Required<Pick<WorkspaceDocumentInput, 'swotEntries' | 'goals' | 'editorialChannels'>>;
type ItemInput = NonNullable<WorkspaceDocumentInput['editorialItems']>[number];

const swot = (
  quadrant: 'strengths' | 'weaknesses' | 'opportunities' | 'threats',
  text: string,
  touchpoint: string | null = null,
) => ({ quadrant, text, touchpoint, createdByName: 'Laura Becker' });

export const schmidtStrategy: Doc = {
  swotEntries: [
    swot('strengths', 'Fertigungstiefe: Drehen, Fräsen und 5-Achs-Bearbeitung aus einer Hand'),
    swot('strengths', 'Zertifiziert nach ISO 13485 – Türöffner in der Medizintechnik'),
    swot('strengths', 'Persönliche Betreuung: feste Ansprechpartner im Vertrieb'),
    swot('weaknesses', 'Angebote dauern zu lange, Nachfassen hängt an einzelnen Personen'),
    swot('weaknesses', 'Website zeigt weder Maschinenpark noch Referenzen aktuell'),
    swot('weaknesses', 'Kein fester Redaktionsplan, Posts entstehen nebenbei'),
    swot('opportunities', 'Konstrukteure suchen Fertigungspartner online, bevor der Einkauf fragt'),
    swot('opportunities', 'Nearshoring: Kunden holen Teile aus Asien nach Europa zurück'),
    swot('threats', 'Fachkräftemangel bremst Wachstum und Liefertreue'),
    swot('threats', 'Online-Fertigungsplattformen mit Sofortpreis'),
    swot('strengths', 'Echte Einblicke in die Fertigung: Videos aus der Halle kommen an', 'tp-linkedin'),
    swot('weaknesses', 'Nur zwei Kollegen posten, die Reichweite stagniert', 'tp-linkedin'),
    swot('opportunities', 'Konstrukteure folgen Fachbeiträgen zu Toleranzen und Werkstoffen', 'tp-linkedin'),
    swot('threats', 'Der Algorithmus bevorzugt persönliche Profile vor Unternehmensseiten', 'tp-linkedin'),
    swot('strengths', 'Hohe Gesprächsqualität am Stand, Musterteile zum Anfassen', 'tp-fachmesse'),
    swot('weaknesses', 'Leads werden nach der Messe zu spät nachgefasst', 'tp-fachmesse'),
    swot('opportunities', 'Terminvereinbarung vorab über LinkedIn und Newsletter', 'tp-fachmesse'),
    swot('threats', 'Standkosten steigen, Besucherzahlen sinken', 'tp-fachmesse'),
  ],
  goals: [
    {
      ref: 'g-marke',
      level: 'macro',
      title: 'Als Fertigungspartner für Präzisionsteile bekannt werden',
      description: 'Konstrukteure und Einkäufer kennen Schmidt, bevor sie eine Anfrage stellen.',
      category: 'brand',
      targetDate: '2027-06-30',
    },
    {
      ref: 'g-kunden',
      level: 'macro',
      title: 'Anfragen schnell und verlässlich beantworten',
      description: 'Vom ersten Kontakt bis zur Lieferung hält Schmidt, was es zusagt.',
      category: 'customer_management',
      targetDate: '2027-03-31',
      kpis: ['k-angebot-reaktionszeit', 'k-liefertermintreue'],
    },
    {
      ref: 'g-linkedin',
      level: 'micro',
      parent: 'g-marke',
      title: '1.000 Follower auf LinkedIn',
      category: 'reach',
      targetDate: '2027-03-31',
      touchpoint: 'tp-linkedin',
      kpis: ['k-linkedin-follower'],
    },
    {
      ref: 'g-website',
      level: 'micro',
      parent: 'g-marke',
      title: '2.500 Website-Besuche im Monat',
      category: 'traffic',
      targetDate: '2027-06-30',
      touchpoint: 'tp-website',
      kpis: ['k-website-besuche'],
    },
    {
      ref: 'g-newsletter',
      level: 'micro',
      parent: 'g-kunden',
      title: 'Newsletter, der gelesen wird',
      description: 'Öffnungsrate über 35 % mit Praxisbeispielen statt Produktmeldungen.',
      category: 'interaction',
      targetDate: '2027-03-31',
      touchpoint: 'tp-newsletter',
      kpis: ['k-newsletter-oeffnungsrate'],
    },
    {
      ref: 'g-messe',
      level: 'micro',
      parent: 'g-kunden',
      title: '60 qualifizierte Messe-Leads im Jahr',
      category: 'other',
      targetDate: '2026-12-31',
      touchpoint: 'tp-fachmesse',
      kpis: ['k-messe-leads'],
    },
  ],
  editorialChannels: [
    {
      ref: 'LinkedIn',
      name: 'LinkedIn',
      touchpoint: 'tp-linkedin',
      targetCount: 2,
      targetPeriod: 'week',
      measuredBy: 'social',
      network: 'linkedin',
    },
    { ref: 'Xing', name: 'Xing', measuredBy: 'social', network: 'xing' },
    {
      ref: 'Newsletter',
      name: 'Newsletter',
      touchpoint: 'tp-newsletter',
      targetCount: 1,
      targetPeriod: 'month',
      measuredBy: 'email',
    },
    { ref: 'Blog', name: 'Blog', touchpoint: 'tp-website', measuredBy: 'web' },
    { ref: 'Fachpresse', name: 'Fachpresse', measuredBy: 'none' },
  ],
};

const DAY = 86_400_000;

/** A post `days` from today (negative: before) at `hour`:`minute` UTC. */
function at(now: Date, days: number, hour: number, minute = 0): string {
  const base = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hour, minute);
  return new Date(base + days * DAY).toISOString();
}

/** [days from today, hour (UTC), channel, title, format, status, persona, phase] */
type Plan = [
  number,
  number,
  string,
  string,
  ItemInput['format'],
  ItemInput['status'],
  string | null,
  string | null,
];

const PLAN: readonly Plan[] = [
  [
    -40,
    7,
    'LinkedIn',
    'Blick in die Halle: die neue 5-Achs-Fräse',
    'video',
    'published',
    null,
    'aidala:attention',
  ],
  [
    -36,
    8,
    'LinkedIn',
    'Toleranzen richtig angeben – 5 Tipps für Konstrukteure',
    'document',
    'published',
    'p-konstrukteur',
    'aidala:interest',
  ],
  [
    -31,
    6,
    'Newsletter',
    'Newsletter: Werkstoffe für die Lebensmitteltechnik',
    'text',
    'published',
    'p-lebensmitteltechnik',
    'aidala:interest',
  ],
  [
    -29,
    7,
    'LinkedIn',
    'Azubi-Tag: Unsere Zerspaner von morgen',
    'image',
    'published',
    null,
    'aidala:attention',
  ],
  [
    -22,
    8,
    'LinkedIn',
    'Referenz: Gehäuseteile für ein Medizingerät',
    'image',
    'published',
    'p-einkauf-medizintechnik',
    'aidala:desire',
  ],
  [
    -15,
    7,
    'LinkedIn',
    'Messe-Rückblick: Danke für die Gespräche',
    'video',
    'published',
    null,
    'aidala:loyalty',
  ],
  [
    -10,
    6,
    'Newsletter',
    'Newsletter: Liefertermine sicher planen',
    'text',
    'published',
    'p-einkauf-sondermaschinenbau',
    'aidala:action',
  ],
  [
    -8,
    8,
    'LinkedIn',
    'Wie wir Angebote in 24 Stunden schaffen',
    'text',
    'published',
    'p-einkauf-sondermaschinenbau',
    'aidala:desire',
  ],
  [
    -3,
    7,
    'Blog',
    'Drehen oder Fräsen? Ein Leitfaden für Einkäufer',
    'text',
    'published',
    'p-einkauf-medizintechnik',
    'aidala:interest',
  ],
  [
    2,
    7,
    'LinkedIn',
    'Werkstoff der Woche: Titan Grad 5',
    'image',
    'planned',
    'p-konstrukteur',
    'aidala:interest',
  ],
  [
    6,
    8,
    'LinkedIn',
    'Kundenstimme: 10 Jahre Rahmenvertrag',
    'video',
    'planned',
    'p-elektroindustrie',
    'aidala:loyalty',
  ],
  [
    9,
    6,
    'Newsletter',
    'Newsletter: Nearshoring – Teile aus Europa',
    'text',
    'in_progress',
    'p-einkauf-sondermaschinenbau',
    'aidala:attention',
  ],
  [
    13,
    7,
    'LinkedIn',
    'Qualitätssicherung: Messen im Klimaraum',
    'image',
    'planned',
    'p-einkauf-medizintechnik',
    'aidala:desire',
  ],
  [
    20,
    8,
    'Fachpresse',
    'Fachartikel: Präzision in der Kleinserie',
    'document',
    'in_progress',
    'p-konstrukteur',
    'aidala:interest',
  ],
  [
    24,
    7,
    'Blog',
    'Checkliste: Die perfekte Anfrage an einen Lohnfertiger',
    'document',
    'idea',
    'p-konstrukteur',
    'aidala:action',
  ],
  [27, 7, 'LinkedIn', 'Jahresrückblick aus der Fertigung', 'video', 'idea', null, 'aidala:loyalty'],
];

/**
 * The demo's editorial plan around `now`: published LinkedIn, newsletter and blog posts of the last
 * weeks and planned ones for the coming weeks, so the frequency check and the calendar have something
 * to show on any day the demo is started.
 *
 * @example demoEditorialItems(new Date())[0] // { channel: 'LinkedIn', status: 'published', … }
 */
export function demoEditorialItems(now: Date): ItemInput[] {
  return PLAN.map(([days, hour, channel, title, format, status, persona, phase]) => ({
    channel,
    title,
    format,
    status,
    persona,
    phase,
    plannedAt: at(now, days, hour, 30),
    publishedUrl:
      status === 'published' && channel === 'LinkedIn'
        ? `https://www.linkedin.com/company/schmidt-drehteile-example/posts/${-days}`
        : '',
  }));
}
