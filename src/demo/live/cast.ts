import { DIRECTORY } from './settings';

/** Web traffic by local hour: office hours with a dip at lunch, some evening reading. */
export const VISIT_HOURS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2, 4, 5, 5, 4.5, 3.5, 4, 4.5, 4, 3.5, 2.5, 1.8, 1.6, 1.5, 1.2, 0.8, 0.4,
].map((w, hour) => [hour, w] as const);

// ---------------------------------------------------------------- the fictitious market

export const INDUSTRIES = [
  {
    branche: 'Medizintechnik',
    words: ['Medizintechnik', 'Implantattechnik', 'Chirurgietechnik', 'Dentaltechnik'],
  },
  {
    branche: 'Sondermaschinenbau',
    words: ['Sondermaschinenbau', 'Automation', 'Prüfanlagen', 'Montagetechnik'],
  },
  {
    branche: 'Lebensmitteltechnik',
    words: ['Lebensmitteltechnik', 'Verpackungsmaschinen', 'Prozesstechnik'],
  },
  { branche: 'Elektroindustrie', words: ['Elektrotechnik', 'Antriebstechnik', 'Sensorik', 'Schaltanlagen'] },
  { branche: 'Maschinenbau', words: ['Maschinenbau', 'Hydraulik', 'Fluidtechnik', 'Getriebebau'] },
] as const;
export const INDUSTRY_WEIGHTS = [3, 3, 2, 2, 2];
export const REGIONS = (
  'Neckartal Hegau Remstal Filstal Kraichgau Hohenlohe Taubertal Enztal Murrtal Brenztal Allgäu ' +
  'Ostalb Bodensee Schwarzwald Odenwald Breisgau Franken Sauerland Siegerland Eifel Vogtland ' +
  'Erzgebirge Lahntal Rheingau Oberpfalz Chiemgau'
).split(' ');
export const LEGAL_FORMS = [
  ['GmbH', 6],
  ['GmbH & Co. KG', 3],
  ['AG', 1],
] as const;
// The demo document's people (personas, employees) keep their names to themselves.
export const FIRST_NAMES = (
  'Anna Tobias Katrin Stefanie Sandra Florian Nicole Christian Christina Frank Melanie Jörg Tanja ' +
  'Ralf Uwe Kathrin Holger Petra Matthias Birgit Jens Daniela Simone Kerstin Dirk Lena Miriam ' +
  'Oliver Heike Sebastian Ute Carsten Benjamin Martina Alexander Yvonne Martin Ines Philipp Nadine'
).split(' ');
export const LAST_NAMES = (
  'Müller Meyer Weber Schneider Schäfer Bauer Klein Schröder Zimmermann Braun Hartmann Krause ' +
  'Werner Lange Schmitt Walter Maier Köhler Herrmann König Huber Kaiser Fuchs Peters Lang Scholz ' +
  'Möller Weiß Jung Hahn Vogel Keller Günther Roth Beck Lorenz Baumann Franke Albrecht Ludwig ' +
  'Winter Simon Böhm Schuster Jäger Seidel Brandt Haas Sommer Graf'
).split(' ');
export const POSITIONS = [
  ['Einkauf', 5],
  ['Strategischer Einkauf', 2],
  ['Konstruktion', 4],
  ['Qualitätssicherung', 2],
  ['Projektleitung', 2],
  ['Arbeitsvorbereitung', 1],
  ['Geschäftsführung', 1],
] as const;

export const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export interface Company {
  externalId: string | null;
  name: string;
  domain: string;
  branche: string;
  customer: boolean;
  /** One of the six customers with a framework contract (call-off orders). */
  framework: boolean;
}

export interface Person {
  firstName: string;
  lastName: string;
  email: string;
  position: string;
  company: Company;
  userId: string;
  /** When the CRM got the contact; until then, only the website knows the person (if at all). */
  crmSince: number;
  newsletter: boolean;
  browser: Browser | null;
}

export interface Browser {
  id: string;
  person: Person | null;
  visits: number;
}

// ---------------------------------------------------------------- the website

export const PAGES = {
  home: '/',
  drehen: '/leistungen/cnc-drehen',
  fraesen: '/leistungen/cnc-fraesen',
  baugruppen: '/leistungen/baugruppen',
  titan: '/werkstoffe/titan',
  edelstahl: '/werkstoffe/edelstahl',
  aluminium: '/werkstoffe/aluminium',
  medtech: '/branchen/medizintechnik',
  food: '/branchen/lebensmitteltechnik',
  smb: '/branchen/sondermaschinenbau',
  elektro: '/branchen/elektroindustrie',
  maschinen: '/maschinenpark',
  qualitaet: '/qualitaet',
  unternehmen: '/unternehmen',
  karriere: '/karriere',
  downloads: '/downloads',
  kontakt: '/kontakt',
  danke: '/kontakt/danke',
  messe: '/messe',
} as const;
export type Page = (typeof PAGES)[keyof typeof PAGES] | `/aktuelles/${string}`;

/** Pages with weights, written `'drehen:10 fraesen:9'`. */
export const weightedPages = (spec: string): readonly (readonly [Page, number])[] =>
  spec.split(' ').map((entry) => {
    const [key, weight] = entry.split(':');
    return [PAGES[key as keyof typeof PAGES], Number(weight)] as const;
  });

/** Where a visitor goes next. */
export const BROWSE = weightedPages(
  'drehen:10 fraesen:9 baugruppen:3 titan:5 edelstahl:5 aluminium:3 medtech:4 food:2 smb:3 elektro:2 ' +
    'maschinen:7 qualitaet:6 unternehmen:5 karriere:2 downloads:4 kontakt:9 home:4',
);
export const SEARCH_LANDINGS = weightedPages(
  'home:8 drehen:10 fraesen:9 titan:6 edelstahl:6 aluminium:3 medtech:3 food:2 smb:2 elektro:1 maschinen:2 karriere:4',
);

export interface Source {
  referrer?: string;
  utm?: { source: string; medium: string; campaign: string };
}

/** Where visits that nobody prompted come from (direct, search, social, directories) and where they land. */
export const ORGANIC_SOURCES: readonly (readonly [{ source: Source; landings: typeof BROWSE }, number])[] = [
  [{ source: {}, landings: weightedPages('home:6 drehen:1 kontakt:1 karriere:1') }, 30],
  [{ source: { referrer: 'https://www.google.de/' }, landings: SEARCH_LANDINGS }, 31],
  [{ source: { referrer: 'https://www.google.com/' }, landings: SEARCH_LANDINGS }, 5],
  [{ source: { referrer: 'https://www.bing.com/' }, landings: SEARCH_LANDINGS }, 3],
  [{ source: { referrer: 'https://www.ecosia.org/' }, landings: SEARCH_LANDINGS }, 2],
  [
    {
      source: { referrer: 'https://www.linkedin.com/' },
      landings: weightedPages('home:3 unternehmen:1 karriere:1'),
    },
    5,
  ],
  [{ source: { referrer: 'https://www.xing.com/' }, landings: weightedPages('home:2 karriere:1') }, 3],
  [{ source: { referrer: DIRECTORY }, landings: weightedPages('drehen:3 fraesen:2 home:1') }, 6],
  [
    {
      source: { referrer: 'https://www.maschinenbau-forum.example/' },
      landings: weightedPages('titan:1 maschinen:1'),
    },
    3,
  ],
];

export const POSTS = [
  { slug: 'neues-5-achs-bearbeitungszentrum', title: 'Neues 5-Achs-Bearbeitungszentrum in Betrieb' },
  {
    slug: 'titan-drehteile-medizintechnik',
    title: 'Titan-Drehteile für die Medizintechnik: so sichern wir die Rückverfolgbarkeit',
  },
  { slug: 'werksbesichtigung-qs', title: 'Blick hinter die Kulissen: unsere Qualitätssicherung' },
  { slug: 'ausbildung-zerspanungsmechaniker', title: 'Ausbildung Zerspanungsmechaniker/in: jetzt bewerben' },
  { slug: 'materialpreise-edelstahl', title: 'Materialpreise Edelstahl: was Einkäufer jetzt wissen sollten' },
  { slug: 'messe-rueckblick', title: 'Rückblick auf die Zuliefermesse' },
];

export const WHITEPAPER = 'leitfaden-titan-zerspanen.pdf';
export const CONTACT_FORMS = [
  ['anfrageformular', 3],
  ['rueckrufbitte', 1],
] as const;
/** How many of the visitors who see a form send it. */
export const FORM_RATES: Record<string, number> = {
  anfrageformular: 0.2,
  rueckrufbitte: 0.25,
  whitepaper_download: 0.1,
};
