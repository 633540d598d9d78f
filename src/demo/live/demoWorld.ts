import { extractLinks } from '../../core/email/links';
import {
  DEMO_LIVE_DAYS,
  SEED,
  SITE,
  HOUR,
  DAY,
  type DemoEvent,
  type DemoLiveData,
  type DemoMailing,
  type DemoRecipient,
} from './settings';
import { seededRandom, Dice } from './dice';
import { local, isWorkday, demoLiveStart, iso } from './berlinTime';
import {
  VISIT_HOURS,
  INDUSTRIES,
  INDUSTRY_WEIGHTS,
  REGIONS,
  LEGAL_FORMS,
  FIRST_NAMES,
  LAST_NAMES,
  POSITIONS,
  ascii,
  type Company,
  type Person,
  type Browser,
  PAGES,
  type Page,
  BROWSE,
  type Source,
  ORGANIC_SOURCES,
  POSTS,
  WHITEPAPER,
  CONTACT_FORMS,
  FORM_RATES,
} from './cast';
import { newsletterIssue } from './newsletterIssues';

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
  private readonly mailings: DemoMailing[] = [];
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
    return { companiesCsv, contactsCsv, events, mailings: this.mailings.map((m) => this.untilNow(m)) };
  }

  /** A mailing as tracking has seen it by now: opens, clicks and unsubscribing still to come left out. */
  private untilNow(m: DemoMailing): DemoMailing {
    const past = (at: string) => Date.parse(at) < this.now;
    return {
      ...m,
      recipients: m.recipients.map((r) => ({
        ...r,
        opens: r.opens.filter(past),
        clicks: r.clicks.filter((c) => past(c.at)),
        unsubscribedAt: r.unsubscribedAt !== null && past(r.unsubscribedAt) ? r.unsubscribedAt : null,
      })),
    };
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
        newsletter: p.newsletter ? 'ja' : 'nein',
      },
    });
  }

  private emit(at: number, e: Omit<DemoEvent, 'eventId' | 'timestamp'>): string {
    const eventId = `demo-${String(++this.eventNo).padStart(6, '0')}`;
    this.events.push({ eventId, timestamp: iso(at), ...e });
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
   * One issue of "Schmidt aktuell", sent from the workspace's e-mail module to the CRM's contacts who
   * want it: who got it, opened it (a second time now and then), clicked (and the visit the click
   * starts) and unsubscribed. The loader writes it the way sending and tracking leave a mailing.
   */
  private newsletter(midnight: number): void {
    const d = this.dice;
    const sentAt = midnight + 9 * HOUR;
    const article = d.pick(POSTS);
    const issue = newsletterIssue(this.mailings.length, sentAt, article);
    const link = extractLinks(issue.bodyHtml, '').indexOf(issue.articleUrl);
    const campaign = `schmidt-aktuell-${new Date(sentAt).toISOString().slice(0, 7)}`;
    const recipients: DemoRecipient[] = [];
    for (const p of this.crm.filter((x) => x.newsletter && x.crmSince < sentAt)) {
      const sent = sentAt + d.between(0, 20) * 60_000;
      const r: DemoRecipient = {
        email: p.email,
        sentAt: iso(sent),
        opens: [],
        clicks: [],
        unsubscribedAt: null,
      };
      recipients.push(r);
      if (!d.chance(0.3)) continue;
      const opened = sent + Math.exp(d.between(Math.log(0.05), Math.log(60))) * HOUR;
      r.opens.push(iso(opened));
      if (d.chance(0.25)) r.opens.push(iso(opened + d.between(2, 48) * HOUR));
      if (d.chance(0.22)) {
        const clicked = opened + d.between(10, 300) * 1000;
        r.clicks.push({ at: iso(clicked), link });
        this.visit(
          this.browserOf(p),
          clicked + 2000,
          { utm: { source: 'newsletter', medium: 'email', campaign } },
          `/aktuelles/${article.slug}`,
          { depth: 4 },
        );
      }
      if (d.chance(0.006)) {
        r.unsubscribedAt = iso(opened + 60_000);
        p.newsletter = false;
      }
    }
    this.mailings.push({
      name: issue.name,
      subject: issue.subject,
      bodyHtml: issue.bodyHtml,
      sentAt: iso(sentAt),
      recipients,
    });
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
