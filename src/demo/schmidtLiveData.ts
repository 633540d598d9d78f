import { Readable } from 'node:stream';
import type { EventInput, MappingRuleInput } from '../contract/events';
import type { ImportKind } from '../contract/imports';
import type { KpiInput } from '../contract/kpis';
import { dayOf } from '../core/webAnalytics';
import type { Db } from '../db/database';
import type { WorkspaceContext } from '../services/context';
import { ingestEvents } from '../services/events/ingest';
import { createMappingRule } from '../services/events/mappingRules';
import { processEvents } from '../services/events/processor';
import { importHistory } from '../services/imports/importHistory';
import { createKpi } from '../services/kpis';
import { computeKpiValues } from '../services/kpis/computedKpis';
import { schmidtDemoDocument } from './schmidtDemo';

/**
 * Live data for the demo workspace "Schmidt Dreh- und Frästechnik": the last weeks of a contract
 * machining company's customer interactions (website visits, form leads, trade-fair contacts, calls,
 * quotes, orders, service requests, LinkedIn, newsletter), all of fictitious people at fictitious
 * companies (`*.example` domains). It is generated from a seeded random sequence, so the same `now`
 * always gives the same data, and it goes through the product's own paths (CRM import, ingestion with
 * mapping rules, the event processor, computed KPIs), so every screen agrees with every other.
 */

/** How many days before `now` the data starts. */
export const DEMO_LIVE_DAYS = 75;
const SEED = 0x5c4d1d;
const SITE = 'https://www.schmidt-drehteile.example';
/** A supplier directory where Schmidt pays for a listing (touchpoint "Einträge auf B2B-Plattformen"). */
const DIRECTORY = 'https://www.lieferantenverzeichnis.example/';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type TouchpointRef = NonNullable<typeof schmidtDemoDocument.touchpoints>[number]['ref'];

/** An event as the demo's systems send it; `touchpointRef` names a touchpoint of the demo document. */
export type DemoEvent = EventInput & { timestamp: string; touchpointRef?: TouchpointRef };

export interface DemoLiveData {
  /** The CRM's accounts and contacts before the period, as CSV for the history import. */
  companiesCsv: string;
  contactsCsv: string;
  /** In the order they happened, all before `now`. */
  events: DemoEvent[];
}

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: tiny, fast and good enough to make believable figures repeatable. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  chance = (p: number) => this.next() < p;
  int = (min: number, max: number) => min + Math.floor(this.next() * (max - min + 1));
  between = (min: number, max: number) => min + this.next() * (max - min);
  pick = <T>(list: readonly T[]): T => list[Math.floor(this.next() * list.length)] as T;
  weighted<T>(list: readonly (readonly [T, number])[]): T {
    let r = this.next() * list.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of list) if ((r -= w) < 0) return item;
    return (list[list.length - 1] as readonly [T, number])[0];
  }
  /** Knuth's method; the means here are small. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = this.next(); p > limit; p *= this.next()) k++;
    return k;
  }
  hex = (chars: number) =>
    Array.from({ length: chars / 8 }, () =>
      Math.floor(this.next() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    ).join('');
}

// ---------------------------------------------------------------- time in Germany

/** CET or CEST (last Sunday of March to last Sunday of October, 01:00 UTC). */
function berlinOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month + 1, -last.getUTCDay(), 1);
  };
  return ms >= lastSunday(2) && ms < lastSunday(9) ? 2 : 1;
}

function local(ms: number) {
  const offset = berlinOffsetHours(ms) * HOUR;
  const l = new Date(ms + offset);
  const midnight = Date.UTC(l.getUTCFullYear(), l.getUTCMonth(), l.getUTCDate()) - offset;
  return { hour: (ms - midnight) / HOUR, weekday: l.getUTCDay(), midnight };
}

const isWorkday = (weekday: number) => weekday >= 1 && weekday <= 5;

/** The first moment of the data: midnight (UTC, as the dashboards count days) `DEMO_LIVE_DAYS` days ago. */
function demoLiveStart(now: number): number {
  const today = new Date(now);
  return Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - DEMO_LIVE_DAYS * DAY;
}
const iso = (ms: number) => new Date(Math.round(ms / 1000) * 1000).toISOString();

/** Web traffic by local hour: office hours with a dip at lunch, some evening reading. */
const VISIT_HOURS = [
  0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2, 4, 5, 5, 4.5, 3.5, 4, 4.5, 4, 3.5, 2.5, 1.8, 1.6, 1.5, 1.2, 0.8, 0.4,
].map((w, hour) => [hour, w] as const);

// ---------------------------------------------------------------- the fictitious market

const INDUSTRIES = [
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
const INDUSTRY_WEIGHTS = [3, 3, 2, 2, 2];
const REGIONS = (
  'Neckartal Hegau Remstal Filstal Kraichgau Hohenlohe Taubertal Enztal Murrtal Brenztal Allgäu ' +
  'Ostalb Bodensee Schwarzwald Odenwald Breisgau Franken Sauerland Siegerland Eifel Vogtland ' +
  'Erzgebirge Lahntal Rheingau Oberpfalz Chiemgau'
).split(' ');
const LEGAL_FORMS = [
  ['GmbH', 6],
  ['GmbH & Co. KG', 3],
  ['AG', 1],
] as const;
// The demo document's people (personas, employees) keep their names to themselves.
const FIRST_NAMES = (
  'Anna Tobias Katrin Stefanie Sandra Florian Nicole Christian Christina Frank Melanie Jörg Tanja ' +
  'Ralf Uwe Kathrin Holger Petra Matthias Birgit Jens Daniela Simone Kerstin Dirk Lena Miriam ' +
  'Oliver Heike Sebastian Ute Carsten Benjamin Martina Alexander Yvonne Martin Ines Philipp Nadine'
).split(' ');
const LAST_NAMES = (
  'Müller Meyer Weber Schneider Schäfer Bauer Klein Schröder Zimmermann Braun Hartmann Krause ' +
  'Werner Lange Schmitt Walter Maier Köhler Herrmann König Huber Kaiser Fuchs Peters Lang Scholz ' +
  'Möller Weiß Jung Hahn Vogel Keller Günther Roth Beck Lorenz Baumann Franke Albrecht Ludwig ' +
  'Winter Simon Böhm Schuster Jäger Seidel Brandt Haas Sommer Graf'
).split(' ');
const POSITIONS = [
  ['Einkauf', 5],
  ['Strategischer Einkauf', 2],
  ['Konstruktion', 4],
  ['Qualitätssicherung', 2],
  ['Projektleitung', 2],
  ['Arbeitsvorbereitung', 1],
  ['Geschäftsführung', 1],
] as const;

const ascii = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface Company {
  externalId: string | null;
  name: string;
  domain: string;
  branche: string;
  customer: boolean;
  /** One of the six customers with a framework contract (call-off orders). */
  framework: boolean;
}

interface Person {
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

interface Browser {
  id: string;
  person: Person | null;
  visits: number;
}

// ---------------------------------------------------------------- the website

const PAGES = {
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
type Page = (typeof PAGES)[keyof typeof PAGES] | `/aktuelles/${string}`;

/** Pages with weights, written `'drehen:10 fraesen:9'`. */
const weightedPages = (spec: string): readonly (readonly [Page, number])[] =>
  spec.split(' ').map((entry) => {
    const [key, weight] = entry.split(':');
    return [PAGES[key as keyof typeof PAGES], Number(weight)] as const;
  });

/** Where a visitor goes next. */
const BROWSE = weightedPages(
  'drehen:10 fraesen:9 baugruppen:3 titan:5 edelstahl:5 aluminium:3 medtech:4 food:2 smb:3 elektro:2 ' +
    'maschinen:7 qualitaet:6 unternehmen:5 karriere:2 downloads:4 kontakt:9 home:4',
);
const SEARCH_LANDINGS = weightedPages(
  'home:8 drehen:10 fraesen:9 titan:6 edelstahl:6 aluminium:3 medtech:3 food:2 smb:2 elektro:1 maschinen:2 karriere:4',
);

interface Source {
  referrer?: string;
  utm?: { source: string; medium: string; campaign: string };
}

/** Where visits that nobody prompted come from (direct, search, social, directories) and where they land. */
const ORGANIC_SOURCES: readonly (readonly [{ source: Source; landings: typeof BROWSE }, number])[] = [
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

const POSTS = [
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

const WHITEPAPER = 'leitfaden-titan-zerspanen.pdf';
const CONTACT_FORMS = [
  ['anfrageformular', 3],
  ['rueckrufbitte', 1],
] as const;
/** How many of the visitors who see a form send it. */
const FORM_RATES: Record<string, number> = {
  anfrageformular: 0.2,
  rueckrufbitte: 0.25,
  whitepaper_download: 0.1,
};

// ---------------------------------------------------------------- the generator

/**
 * The demo's live data for the `DEMO_LIVE_DAYS` days before `now`: pure, the same for the same `now`.
 *
 * @example const { events } = demoLiveData(new Date('2026-11-25T08:00:00Z')); // about 11,000 events
 */
export function demoLiveData(now: Date): DemoLiveData {
  return new DemoWorld(now.getTime()).run();
}

class DemoWorld {
  private readonly dice = new Dice(seededRandom(SEED));
  private readonly events: DemoEvent[] = [];
  private readonly companies: Company[] = [];
  private readonly crm: Person[] = [];
  private readonly browsers: Browser[] = [];
  /** Browsers that have visited before. */
  private readonly seen: Browser[] = [];
  private readonly linkedinMembers: string[] = [];
  private readonly emails = new Set<string>();
  private readonly start: number;
  private eventNo = 0;
  private visitNo = 0;
  private userNo = 0;

  constructor(private readonly now: number) {
    this.start = demoLiveStart(now);
  }

  run(): DemoLiveData {
    const d = this.dice;
    for (let i = 0; i < 48; i++) {
      const customer = i < 20;
      const company = this.newCompany({ customer, framework: i < 6, inCrm: true });
      for (let n = customer ? d.int(3, 5) : d.int(1, 3); n > 0; n--)
        this.crm.push(this.newPerson(company, -Infinity));
    }
    for (const p of this.crm) if (d.chance(0.5)) this.browserOf(p);
    const [companiesCsv, contactsCsv] = [this.companiesCsv(), this.contactsCsv()];

    const fairDay = this.weekdayNear(36, 2);
    const newsletterDays = [this.weekdayNear(66, 2), this.weekdayNear(45, 2), this.weekdayNear(10, 2)];
    const postDays = [70, 56, 42, 35, 21, 7].map((back) => this.weekdayNear(back, 3));
    for (let day = 0; day <= DEMO_LIVE_DAYS; day++) {
      const midnight = local(this.start + day * DAY + 12 * HOUR).midnight;
      this.webTraffic(midnight, day);
      this.salesAndService(midnight);
      if (day >= fairDay && day < fairDay + 3) this.tradeFair(midnight, day - fairDay);
      const post = postDays.indexOf(day);
      if (post >= 0) this.linkedinPost(midnight, POSTS[post % POSTS.length] as (typeof POSTS)[number]);
      if (newsletterDays.includes(day)) this.newsletter(midnight);
    }
    const events = this.events
      .filter((e) => Date.parse(e.timestamp) >= this.start && Date.parse(e.timestamp) < this.now)
      .sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
    markReturning(events);
    return { companiesCsv, contactsCsv, events };
  }

  /** The day index of the given weekday (1 = Monday) nearest to `daysBack` days before now. */
  private weekdayNear(daysBack: number, weekday: number): number {
    const day = DEMO_LIVE_DAYS - daysBack;
    const wd = local(this.start + day * DAY + 12 * HOUR).weekday;
    return Math.max(0, day + ((weekday - wd + 7) % 7));
  }

  // ---------------------------------------------------------------- people

  private newCompany(o: { customer: boolean; framework: boolean; inCrm: boolean }): Company {
    const d = this.dice;
    for (;;) {
      const industry = d.weighted(INDUSTRIES.map((x, i) => [x, INDUSTRY_WEIGHTS[i] ?? 1] as const));
      const base = `${d.pick(REGIONS)} ${d.pick(industry.words)}`;
      if (this.companies.some((c) => c.name.startsWith(base))) continue;
      const company: Company = {
        externalId: o.inCrm ? `acc-${1001 + this.companies.length}` : null,
        name: `${base} ${d.weighted(LEGAL_FORMS)}`,
        domain: `${ascii(base)}.example`,
        branche: industry.branche,
        customer: o.customer,
        framework: o.framework,
      };
      this.companies.push(company);
      return company;
    }
  }

  private newPerson(company: Company, crmSince: number): Person {
    const d = this.dice;
    for (;;) {
      const [firstName, lastName] = [d.pick(FIRST_NAMES), d.pick(LAST_NAMES)];
      const email = `${ascii(firstName)}.${ascii(lastName)}@${company.domain}`;
      if (this.emails.has(email)) continue;
      this.emails.add(email);
      return {
        firstName,
        lastName,
        email,
        position: d.weighted(POSITIONS),
        company,
        userId: `crm-${10_001 + this.userNo++}`,
        crmSince,
        newsletter: d.chance(0.65),
        browser: null,
      };
    }
  }

  private browserOf(p: Person): Browser {
    if (!p.browser) {
      p.browser = { id: this.dice.hex(32), person: p, visits: 0 };
      this.browsers.push(p.browser);
    }
    return p.browser;
  }

  /** A CRM contact at time `at`, new or (now and then) one the CRM knows already. */
  private contactFor(at: number, o: { customer?: boolean } = {}): Person | undefined {
    const known = this.crm.filter(
      (p) => p.crmSince <= at && (o.customer === undefined || p.company.customer === o.customer),
    );
    return known.length ? this.dice.pick(known) : undefined;
  }

  /** The CRM creates a contact (from a form lead or a scanned business card) and says so by identify. */
  private addToCrm(p: Person, at: number, source: string): void {
    if (p.crmSince <= at) return;
    p.crmSince = at;
    this.crm.push(p);
    this.emit(at, {
      type: 'identify',
      userId: p.userId,
      properties: {
        email: p.email,
        name: `${p.firstName} ${p.lastName}`,
        firstName: p.firstName,
        lastName: p.lastName,
        company: { name: p.company.name, domain: p.company.domain },
        position: p.position,
        branche: p.company.branche,
        quelle: source,
      },
    });
  }

  private emit(at: number, e: Omit<DemoEvent, 'eventId' | 'timestamp'>): string {
    const eventId = `demo-${String(++this.eventNo).padStart(6, '0')}`;
    this.events.push({ eventId, timestamp: iso(at), ...e } as DemoEvent);
    return eventId;
  }

  private crmEvent(at: number, p: Person, e: Omit<DemoEvent, 'eventId' | 'timestamp' | 'userId'>): string {
    return this.emit(at, { ...e, userId: p.userId });
  }

  /** The next moment in office hours (Monday to Friday, 7:30 to 17:00 in Germany) at or after `ms`. */
  private officeTime(ms: number): number {
    for (let i = 0; i < 8; i++) {
      const { hour, weekday, midnight } = local(ms);
      if (isWorkday(weekday) && hour >= 7.5 && hour < 17) return ms;
      const day = isWorkday(weekday) && hour < 7.5 ? midnight : local(midnight + DAY + 12 * HOUR).midnight;
      ms = day + this.dice.between(7.5, 9.5) * HOUR;
    }
    return ms;
  }

  private officeHour(midnight: number): number {
    return midnight + this.dice.between(7.5, 16.5) * HOUR;
  }

  // ---------------------------------------------------------------- website

  private webTraffic(midnight: number, day: number): void {
    const d = this.dice;
    const workday = isWorkday(local(midnight + 12 * HOUR).weekday);
    // Traffic grows a little over the period: the content work of the action plan starts to show.
    const growth = 1 + (0.15 * day) / DEMO_LIVE_DAYS;
    const visits = d.poisson((workday ? 46 : 16) * growth);
    for (let v = 0; v < visits; v++) {
      const at = midnight + (d.weighted(VISIT_HOURS) + d.next()) * HOUR;
      const browser = this.seen.length > 0 && d.chance(0.28) ? d.pick(this.seen) : this.newBrowser();
      const { source, landings } = d.weighted(ORGANIC_SOURCES);
      this.visit(browser, at, source, d.weighted(landings));
    }
    // Contacts the CRM knows look something up now and then (a bookmark, or the company's name in Google).
    if (workday)
      for (const b of this.browsers)
        if (b.person && b.person.crmSince < midnight && d.chance(1 / 14)) {
          const source = d.chance(0.7) ? {} : { referrer: 'https://www.google.de/' };
          this.visit(b, this.officeHour(midnight), source, d.weighted(BROWSE));
        }
  }

  private newBrowser(): Browser {
    const b: Browser = { id: this.dice.hex(32), person: null, visits: 0 };
    this.browsers.push(b);
    return b;
  }

  /** One visit as the tracker reports it: page views, maybe a form, all with the visit's session id. */
  private visit(b: Browser, at: number, source: Source, landing: Page, o: { depth?: number } = {}): void {
    const d = this.dice;
    const sessionId = `demo-visit-${++this.visitNo}`;
    const returning = b.visits > 0;
    if (!returning) this.seen.push(b);
    b.visits++;
    const query = source.utm
      ? `?utm_source=${source.utm.source}&utm_medium=${source.utm.medium}&utm_campaign=${source.utm.campaign}`
      : '';
    const job = landing === PAGES.karriere;
    let page: Page = landing;
    let previous: string | undefined = source.referrer;
    let t = at;
    const view = (url: string, extra: Partial<DemoEvent> = {}) =>
      this.emit(t, {
        type: 'page_view',
        anonymousId: b.id,
        sessionId,
        url,
        ...(previous && { referrer: previous }),
        properties: { returning },
        ...extra,
      });
    view(`${SITE}${page}${query}`, source.utm ? { utm: source.utm } : {});
    const maxDepth = o.depth ?? 8;
    for (let depth = 1; depth < maxDepth; depth++) {
      const point =
        page === PAGES.kontakt
          ? d.weighted(CONTACT_FORMS)
          : page === PAGES.downloads
            ? 'whitepaper_download'
            : null;
      if (point && this.form(b, t, sessionId, point)) return;
      if (!d.chance(depth === 1 ? (job ? 0.3 : 0.58) : 0.62)) return;
      previous = `${SITE}${page}`;
      page = job ? d.pick([PAGES.unternehmen, PAGES.karriere, PAGES.home]) : d.weighted(BROWSE);
      t += d.between(15, 150) * 1000;
      view(`${SITE}${page}`);
    }
  }

  /**
   * A form submitted at `at` (on the contact or download page): the tracker sends identify with the
   * form's fields, then the conversion, then the thank-you page. Returns false when the visitor
   * leaves it unsent (most do).
   */
  private form(b: Browser, at: number, sessionId: string, point: string): boolean {
    const d = this.dice;
    if (!d.chance(FORM_RATES[point] ?? 0)) return false;
    const person = b.person ?? this.personBehind(b, at);
    const page = point === 'whitepaper_download' ? PAGES.downloads : PAGES.kontakt;
    const t = at + d.between(40, 240) * 1000;
    const base = {
      anonymousId: b.id,
      sessionId,
      url: `${SITE}${page}`,
      properties: { returning: b.visits > 1 },
    };
    // The form's fields (the tracker's `returning` flag is left out of the traits).
    this.emit(t, {
      ...base,
      type: 'identify',
      properties: {
        email: person.email,
        name: `${person.firstName} ${person.lastName}`,
        company: person.company.name,
      },
    });
    this.emit(t + 1000, {
      ...base,
      type: 'conversion',
      name: point,
      properties: {
        ...base.properties,
        ...(point === 'whitepaper_download' ? { file: WHITEPAPER } : { form: point }),
      },
    });
    if (point !== 'whitepaper_download')
      this.emit(t + 3000, {
        ...base,
        type: 'page_view',
        url: `${SITE}${PAGES.danke}`,
        referrer: `${SITE}${page}`,
      });
    this.afterForm(person, t, point);
    return true;
  }

  /** Who fills in a form on an unknown browser: mostly someone new, sometimes a contact of the CRM. */
  private personBehind(b: Browser, at: number): Person {
    const d = this.dice;
    const known = d.chance(0.3) ? this.contactFor(at) : undefined;
    const person =
      known && !known.browser
        ? known
        : this.newPerson(
            d.chance(0.6)
              ? this.newCompany({ customer: false, framework: false, inCrm: false })
              : d.pick(this.companies),
            Infinity,
          );
    person.browser = b;
    b.person = person;
    return person;
  }

  /** What the sales team does with a lead from the website. */
  private afterForm(p: Person, at: number, point: string): void {
    const d = this.dice;
    if (point === 'whitepaper_download') {
      if (d.chance(0.4)) this.addToCrm(p, this.officeTime(at + d.between(12, 60) * HOUR), 'Whitepaper');
      return;
    }
    const taken = this.officeTime(at + d.between(0.5, 20) * HOUR);
    this.addToCrm(p, taken, 'Website');
    if (point === 'rueckrufbitte') {
      this.crmEvent(taken + 60_000, p, {
        type: 'call',
        channel: 'phone',
        properties: { direction: 'outbound', topic: 'Rückrufbitte von der Website', minutes: d.int(4, 25) },
      });
      if (d.chance(0.4)) this.quote(p, this.officeTime(taken + d.between(2, 72) * HOUR), 'phone');
    } else this.quote(p, taken + 60_000, 'website');
  }

  // ---------------------------------------------------------------- sales and service

  private quote(p: Person, at: number, channel: string): void {
    const d = this.dice;
    const material = d.weighted([
      ['Edelstahl 1.4404', 4],
      ['Titan Grade 5', 2],
      ['Aluminium EN AW-6082', 3],
      ['Automatenstahl', 2],
      ['POM', 1],
    ] as const);
    this.crmEvent(at, p, {
      type: 'quote_request',
      channel,
      properties: {
        verfahren: d.pick(['CNC-Drehen', 'CNC-Fräsen', 'Drehen und Fräsen']),
        werkstoff: material,
        stueckzahl: d.pick([1, 5, 10, 20, 50, 100, 250, 500]),
      },
    });
    // "Nachfassen unregelmäßig": a follow-up call now and then.
    if (d.chance(0.3))
      this.crmEvent(this.officeTime(at + d.between(3, 6) * DAY), p, {
        type: 'call',
        channel: 'phone',
        properties: { direction: 'outbound', topic: 'Nachfassen Angebot', minutes: d.int(3, 15) },
      });
    if (d.chance(p.company.customer ? 0.45 : 0.2)) {
      const amount = Math.round(Math.exp(d.between(Math.log(900), Math.log(38_000))) * 100) / 100;
      this.crmEvent(this.officeTime(at + d.between(4, 21) * DAY), p, {
        type: 'order',
        channel: 'sales',
        revenue: { amount, currency: 'EUR' },
        properties: { werkstoff: material },
      });
      p.company.customer = true;
    }
  }

  private salesAndService(midnight: number): void {
    const d = this.dice;
    if (!isWorkday(local(midnight + 12 * HOUR).weekday)) return;
    const someone = (customer?: boolean) =>
      this.contactFor(midnight, customer === undefined ? {} : { customer });
    for (let n = d.poisson(6); n > 0; n--) {
      const p = someone(d.chance(0.7));
      if (!p) continue;
      const at = this.officeHour(midnight);
      const topic = d.weighted([
        ['Angebotsanfrage', 3],
        ['Technische Rückfrage', 3],
        ['Liefertermin', 3],
        ['Rechnung', 1],
      ] as const);
      this.crmEvent(at, p, {
        type: 'call',
        channel: 'phone',
        properties: { direction: 'inbound', topic, minutes: d.int(2, 20) },
      });
      if (topic === 'Angebotsanfrage' && d.chance(0.8)) this.quote(p, at + d.between(1, 4) * HOUR, 'phone');
    }
    // "Anfragen kommen per E-Mail mit PDF-Zeichnung."
    for (let n = d.poisson(2.2); n > 0; n--) {
      const p = someone();
      if (p) this.quote(p, this.officeHour(midnight), 'email');
    }
    for (let n = d.poisson(0.8); n > 0; n--) {
      const p = someone(true);
      if (p)
        this.crmEvent(this.officeHour(midnight), p, {
          type: 'service_request',
          channel: 'email',
          properties: {
            topic: d.pick([
              'Werkstoffzeugnis 3.1 nachgefordert',
              'Erstmusterprüfbericht angefordert',
              'Messprotokoll angefordert',
            ]),
          },
        });
    }
    for (let n = d.poisson(0.7); n > 0; n--) {
      const p = someone(true);
      if (p)
        this.crmEvent(this.officeHour(midnight), p, {
          type: 'service_request',
          channel: 'phone',
          touchpointRef: 'tp-sendungsverfolgung',
          properties: { topic: 'Lieferstatus und Sendungsnummer' },
        });
    }
    if (d.chance(1 / 9)) {
      const p = someone(true);
      if (p)
        this.crmEvent(this.officeHour(midnight), p, {
          type: 'complaint',
          channel: 'email',
          properties: {
            topic: d.pick([
              'Maßabweichung Außendurchmesser',
              'Grat an der Bohrung',
              'Zeugnis fehlt in der Lieferung',
            ]),
            report: '8D',
          },
        });
    }
    // Meetings: the CRM records what kind of meeting it was, so it names the touchpoint itself.
    const meetings = [
      ['tp-videokonferenz', 0.4, undefined],
      ['tp-werksbesichtigung', 0.2, false],
      ['tp-aussendienst', 0.8, true],
    ] as const;
    for (const [touchpointRef, mean, customer] of meetings)
      for (let n = d.poisson(mean); n > 0; n--) {
        const p = someone(customer);
        if (p)
          this.crmEvent(this.officeHour(midnight), p, { type: 'meeting', channel: 'meeting', touchpointRef });
      }
    // Call-off orders under the six framework contracts, about every ten working days each.
    for (const company of this.companies.filter((c) => c.framework))
      if (d.chance(0.1)) {
        const p = this.crm.find((x) => x.company === company);
        if (p)
          this.crmEvent(this.officeHour(midnight), p, {
            type: 'order',
            channel: 'email',
            touchpointRef: 'tp-rahmenvertrag',
            revenue: { amount: d.int(2_500, 14_000), currency: 'EUR' },
            properties: { art: 'Abruf aus Rahmenvertrag' },
          });
      }
  }

  // ---------------------------------------------------------------- trade fair

  private tradeFair(midnight: number, fairDay: number): void {
    const d = this.dice;
    const year = new Date(midnight + 12 * HOUR).getUTCFullYear();
    const fair = `Zuliefermesse ${year}`;
    for (let n = d.poisson(24); n > 0; n--) {
      const at = midnight + d.between(9, 17.5) * HOUR;
      const known = d.chance(0.35) ? this.contactFor(at) : undefined;
      const p =
        known ??
        this.newPerson(
          d.chance(0.55)
            ? this.newCompany({ customer: false, framework: false, inCrm: false })
            : d.pick(this.companies),
          Infinity,
        );
      // Since the autumn fair, business cards are scanned by QR code straight into the CRM.
      this.addToCrm(p, at - 30_000, 'Messe');
      this.crmEvent(at, p, {
        type: 'trade_fair_contact',
        name: fair,
        channel: 'trade_fair',
        properties: {
          messetag: fairDay + 1,
          interesse: d.pick(['Titan-Drehteile', 'Kleinserien Edelstahl', 'Baugruppen', 'Prototypen']),
        },
      });
      if (!known && d.chance(0.4))
        this.crmEvent(this.officeTime(at + d.between(1, 10) * DAY), p, {
          type: 'call',
          channel: 'phone',
          properties: { direction: 'outbound', topic: 'Nachfassen Messekontakt', minutes: d.int(5, 20) },
        });
      if (d.chance(0.25)) this.quote(p, this.officeTime(at + d.between(2, 20) * DAY), 'email');
    }
    // The QR code on the booth's sample table leads to the fair page.
    for (let n = d.poisson(14); n > 0; n--)
      this.visit(
        this.newBrowser(),
        midnight + d.between(9, 18) * HOUR,
        {
          utm: { source: 'messestand', medium: 'qr', campaign: ascii(fair) },
        },
        PAGES.messe,
      );
  }

  // ---------------------------------------------------------------- LinkedIn

  private linkedinPost(midnight: number, post: (typeof POSTS)[number]): void {
    const d = this.dice;
    const postedAt = midnight + d.between(9, 11) * HOUR;
    const campaign = post.slug;
    for (let n = d.poisson(24); n > 0; n--) {
      const at = postedAt + Math.min(72, d.between(0, 1) ** 2 * 72) * HOUR;
      const contact = d.chance(0.3) ? this.contactFor(at) : undefined;
      const who = contact ? { userId: contact.userId } : { anonymousId: this.linkedinMember() };
      const kind = d.weighted([
        ['like', 70],
        ['comment', 15],
        ['share', 10],
        ['message', 5],
      ] as const);
      const id = this.emit(at, {
        type: 'social_interaction',
        channel: 'social',
        ...who,
        properties: { platform: 'linkedin', kind, post: post.title },
      });
      // Comments and messages are answered: soon in office hours, after the weekend otherwise.
      if ((kind === 'comment' && d.chance(0.8)) || kind === 'message')
        this.emit(this.officeTime(at + d.between(0.3, 6) * HOUR), {
          type: 'social_interaction',
          channel: 'social',
          ...who,
          properties: {
            platform: 'linkedin',
            kind: 'reply',
            in_reply_to: id,
            author: 'Schmidt Dreh- und Frästechnik',
          },
        });
    }
    const utm = { source: 'linkedin', medium: 'social', campaign };
    for (let n = d.poisson(16); n > 0; n--) {
      const at = postedAt + d.between(0, 1) ** 2 * 72 * HOUR;
      const browser = d.chance(0.25) && this.seen.length ? d.pick(this.seen) : this.newBrowser();
      this.visit(browser, at, { referrer: 'https://www.linkedin.com/', utm }, `/aktuelles/${post.slug}`);
    }
  }

  private linkedinMember(): string {
    if (this.linkedinMembers.length < 60 || this.dice.chance(0.3))
      this.linkedinMembers.push(`linkedin-member-${this.dice.hex(8)}`);
    return this.dice.pick(this.linkedinMembers);
  }

  // ---------------------------------------------------------------- newsletter

  /**
   * One issue of "Schmidt aktuell", sent through the company's newsletter tool, whose report the CRM
   * passes on: sent, opened, clicked (and the visit the click starts), unsubscribed.
   */
  private newsletter(midnight: number): void {
    const d = this.dice;
    const sentAt = midnight + 9 * HOUR;
    const month = new Date(sentAt).toISOString().slice(0, 7);
    const name = `Schmidt aktuell ${month.slice(5)}/${month.slice(0, 4)}`;
    const campaign = `schmidt-aktuell-${month}`;
    const article = d.pick(POSTS);
    const mailing = { mailing: name };
    for (const p of this.crm.filter((x) => x.newsletter && x.crmSince < sentAt)) {
      const sent = sentAt + d.between(0, 20) * 60_000;
      this.crmEvent(sent, p, { type: 'email_sent', channel: 'email', name, properties: mailing });
      if (!d.chance(0.3)) continue;
      const opened = sent + Math.exp(d.between(Math.log(0.05), Math.log(60))) * HOUR;
      this.crmEvent(opened, p, { type: 'email_open', channel: 'email', name, properties: mailing });
      if (d.chance(0.25))
        this.crmEvent(opened + d.between(2, 48) * HOUR, p, {
          type: 'email_open',
          channel: 'email',
          name,
          properties: mailing,
        });
      if (d.chance(0.22)) {
        const url = `${SITE}/aktuelles/${article.slug}`;
        const clicked = opened + d.between(10, 300) * 1000;
        this.crmEvent(clicked, p, { type: 'email_click', channel: 'email', name, url, properties: mailing });
        this.visit(
          this.browserOf(p),
          clicked + 2000,
          { utm: { source: 'newsletter', medium: 'email', campaign } },
          `/aktuelles/${article.slug}`,
          { depth: 4 },
        );
      }
      if (d.chance(0.006)) {
        this.crmEvent(opened + 60_000, p, {
          type: 'email_unsubscribe',
          channel: 'email',
          name,
          properties: mailing,
        });
        p.newsletter = false;
      }
    }
  }

  // ---------------------------------------------------------------- the CRM's files

  private companiesCsv(): string {
    const rows = this.companies.map((c) => [
      c.externalId ?? '',
      c.name,
      c.domain,
      c.branche,
      c.customer ? 'Kunde' : 'Interessent',
    ]);
    return toCsv(['external_id', 'name', 'domain', 'branche', 'status'], rows);
  }

  private contactsCsv(): string {
    const rows = this.crm.map((p) => [
      p.userId,
      p.email,
      p.firstName,
      p.lastName,
      p.company.externalId ?? '',
      p.company.name,
      p.position,
      p.newsletter ? 'ja' : 'nein',
    ]);
    return toCsv(
      ['external_id', 'email', 'first_name', 'last_name', 'company_id', 'company', 'position', 'newsletter'],
      rows,
    );
  }
}

/**
 * Visits are made up in no particular order; the tracker's `returning` flag says whether the browser
 * had a visit before, in time.
 */
function markReturning(events: DemoEvent[]): void {
  const firstVisit = new Map<string, string>();
  for (const e of events) {
    if (!e.anonymousId || !e.sessionId || e.properties?.returning === undefined) continue;
    const first = firstVisit.get(e.anonymousId) ?? e.sessionId;
    firstVisit.set(e.anonymousId, first);
    e.properties = { ...e.properties, returning: first !== e.sessionId };
  }
}

const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const toCsv = (header: string[], rows: string[][]) =>
  [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';

// ---------------------------------------------------------------- loading

export interface DemoLiveDataSummary {
  /** The days with events (UTC), both included; KPI values are computed up to the day before `to`. */
  from: string;
  to: string;
  events: number;
  eventsByType: Record<string, number>;
  kpiValues: number;
  alerts: number;
  milliseconds: number;
}

/** Which events go to which touchpoint, as a marketing team would set it up (docs/tracking.md). */
const MAPPING_RULES: readonly [TouchpointRef, Omit<MappingRuleInput, 'touchpointId'>][] = [
  ['tp-fachmesse', { eventType: 'trade_fair_contact' }],
  ['tp-telefon', { eventType: 'call' }],
  ['tp-angebot', { eventType: 'quote_request' }],
  ['tp-auftragsbestaetigung', { eventType: 'order' }],
  ['tp-reklamation', { eventType: 'complaint' }],
  ['tp-zeugnisse', { eventType: 'service_request' }],
  ['tp-linkedin', { eventType: 'social_interaction' }],
  ['tp-newsletter', { channel: 'email' }],
  ['tp-fachmesse', { utmMedium: 'qr' }],
  ['tp-linkedin', { eventType: 'page_view', utmSource: 'linkedin' }],
  ['tp-linkedin', { eventType: 'page_view', referrerPattern: '*linkedin.com*' }],
  ['tp-suchmaschine', { eventType: 'page_view', channel: 'search' }],
  ['tp-b2b-plattformen', { eventType: 'page_view', referrerPattern: '*lieferantenverzeichnis.example*' }],
  ['tp-website', { urlPattern: 'www.schmidt-drehteile.example/*' }],
];

/**
 * Computed KPIs next to the demo's hand-entered ones. Two alert where someone should look: a comment
 * left unanswered over the weekend, an unusual bounce rate. The conversion rate and the visits from
 * social networks are small daily counts (0 on most weekend days, and on every "today" the nightly job
 * computes half an hour after midnight), so a lower limit would alert all the time: they are shown
 * without a target.
 */
const COMPUTED_KPIS: readonly [TouchpointRef, KpiInput][] = [
  [
    'tp-website',
    { name: 'Absprungrate', metric: 'web.bounce_rate', unit: '%', targetValue: 45, bandHigh: 60 },
  ],
  ['tp-website', { name: 'Conversion-Rate (alle Formulare)', metric: 'web.conversion_rate', unit: '%' }],
  [
    'tp-linkedin',
    { name: 'Besuche über Social Media', metric: 'social.traffic_to_website', unit: 'Besuche' },
  ],
  [
    'tp-linkedin',
    {
      name: 'Reaktionszeit auf Kommentare und Nachrichten',
      metric: 'social.response_time_hours',
      unit: 'Stunden',
      targetValue: 8,
      bandHigh: 24,
    },
  ],
];

/**
 * Gives a freshly imported demo workspace its live data: the CRM's accounts and contacts (history
 * import), mapping rules, the events of the last `DEMO_LIVE_DAYS` days (ingestion), profiles and
 * dashboard figures (event processor), and computed KPIs with their daily values and alerts. Call it
 * once per workspace, right after `importWorkspaceDocument(schmidtDemoDocument)`.
 *
 * @example
 * const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId });
 * if (imported.ok) await loadDemoLiveData(db, imported.value.workspaceId);
 */
export async function loadDemoLiveData(
  db: Db,
  workspaceId: string,
  options: { now?: Date } = {},
): Promise<DemoLiveDataSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const ctx: WorkspaceContext = { db, workspaceId, actor: { userId: null, label: 'Demo', role: 'owner' } };
  const touchpointId = await demoTouchpoints(db, workspaceId);
  const data = demoLiveData(now);

  for (const [ref, rule] of MAPPING_RULES) {
    const created = await createMappingRule(ctx, { touchpointId: touchpointId(ref), ...rule });
    if (!created.ok) throw new Error(`demo mapping rule: ${created.error.message}`);
  }
  await importCsv(ctx, 'companies', 'demo-crm-firmen.csv', data.companiesCsv);
  await importCsv(ctx, 'contacts', 'demo-crm-kontakte.csv', data.contactsCsv);

  const eventsByType: Record<string, number> = {};
  let events = 0;
  // One call per chunk, one after the other, so the log's order is the order things happened.
  for (let at = 0; at < data.events.length; at += 1000) {
    const chunk = data.events.slice(at, at + 1000).map(({ touchpointRef, ...e }) => {
      eventsByType[e.type] = (eventsByType[e.type] ?? 0) + 1;
      return touchpointRef ? { ...e, touchpointId: touchpointId(touchpointRef) } : e;
    });
    const result = await ingestEvents(db, workspaceId, chunk, { source: 'import' });
    if (result.rejected.length)
      throw new Error(`demo events rejected: ${JSON.stringify(result.rejected[0])}`);
    events += result.accepted;
  }
  await processEverything(db, workspaceId);

  for (const [ref, input] of COMPUTED_KPIS) {
    const created = await createKpi(ctx, touchpointId(ref), input);
    if (!created.ok) throw new Error(`demo KPI ${input.name}: ${created.error.message}`);
  }
  const from = dayOf(new Date(demoLiveStart(now.getTime())));
  const to = dayOf(now);
  let kpiValues = 0;
  let alerts = 0;
  // Complete days only: today is the daily job's (it computes yesterday and today, also at start).
  for (let day = from; day < to; day = dayOf(new Date(Date.parse(day) + DAY))) {
    const values = await computeKpiValues(db, workspaceId, day, { onAlert: () => alerts++ });
    kpiValues += values.filter((v) => v.stored).length;
  }
  return {
    from,
    to,
    events,
    eventsByType,
    kpiValues,
    alerts,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** The ids of the demo document's touchpoints, found by their names in the workspace. */
async function demoTouchpoints(db: Db, workspaceId: string): Promise<(ref: TouchpointRef) => string> {
  const rows = await db
    .selectFrom('touchpoints')
    .select(['id', 'name'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const idOfName = new Map(rows.map((r) => [r.name, r.id]));
  return (ref) => {
    const name = schmidtDemoDocument.touchpoints?.find((t) => t.ref === ref)?.name;
    const id = name === undefined ? undefined : idOfName.get(name);
    if (id === undefined)
      throw new Error(`the demo workspace has no touchpoint ${ref} (${name ?? 'not in the document'})`);
    return id;
  };
}

async function importCsv(
  ctx: WorkspaceContext,
  kind: ImportKind,
  fileName: string,
  csv: string,
): Promise<void> {
  const job = await importHistory(ctx, kind, {
    input: Readable.from([csv]),
    fileName,
    totalBytes: Buffer.byteLength(csv),
  });
  if (!job.ok) throw new Error(`demo ${kind}: ${job.error.message}`);
  if (job.value.badRows > 0) throw new Error(`demo ${kind}: ${JSON.stringify(job.value.errors[0])}`);
}

/** Runs the event processor until the workspace's log is processed (waiting while another process has it). */
async function processEverything(db: Db, workspaceId: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const r = await processEvents(db, workspaceId);
    if (r.lastSeq !== null && r.processed === 0) return;
    if (r.lastSeq === null) {
      if (Date.now() > deadline)
        throw new Error('the demo events could not be processed: the workspace stays locked');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
