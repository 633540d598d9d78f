import { sql } from 'kysely';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import type { TouchpointActivity, WebKpis } from '../../src/contract/analytics';
import type {
  Mailing,
  MailingKpisResponse,
  emailKpisOverTimeSchema,
  sendTimeAnalysisSchema,
  subjectLengthAnalysisSchema,
} from '../../src/contract/email';
import type { Kpi, KpiAlert } from '../../src/contract/kpis';
import type { ProfileDetail, ProfilePage, TimelineItem } from '../../src/contract/profiles';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';
import { demoLiveData } from '../../src/demo/live/demoWorld';
import { loadDemoLiveData, type DemoLiveDataSummary } from '../../src/demo/schmidtLiveData';
import { importWorkspaceDocument } from '../../src/services/workspaceTransfer';
import { apiAs } from '../support/app';
import { aUser } from '../support/builders';
import { testDb } from '../support/db';
import type { z } from 'zod';

/**
 * The demo workspace with its live data, loaded as `npm start` loads it, seen through the API the
 * Monitoring screens read: web KPIs, touchpoint activity, profiles with timelines, computed KPIs and
 * alerts. A fixed `now` makes every figure repeatable.
 */

const NOW = new Date('2026-10-15T09:30:00Z');
const LAST_30_DAYS = 'from=2026-09-16&to=2026-10-15';
const WHOLE_PERIOD = 'from=2026-07-01&to=2026-10-15';

interface LoadedDemo {
  workspaceId: string;
  summary: DemoLiveDataSummary;
  get<T>(path: string): Promise<T>;
}

async function loadDemo(): Promise<LoadedDemo> {
  const db = testDb();
  const owner = await aUser(db, 'Demo Owner');
  const imported = await importWorkspaceDocument(db, schmidtDemoDocument, { ownerUserId: owner.id });
  if (!imported.ok) throw new Error(imported.error.message);
  const workspaceId = imported.value.workspaceId;
  const summary = await loadDemoLiveData(db, workspaceId, { now: NOW });
  const api = await apiAs(owner.token);
  const get = async <T>(path: string): Promise<T> => {
    const response = await api.get(`/workspaces/${workspaceId}${path}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  };
  return { workspaceId, summary, get };
}

let demo: LoadedDemo;
beforeAll(async () => {
  demo = await loadDemo();
}, 60_000);

describe('the demo workspace with live data', () => {
  it('loads a modest, plausible volume of events', () => {
    const { summary } = demo;
    expect(summary.from).toBe('2026-08-01');
    expect(summary.to).toBe('2026-10-15');
    expect(summary.events).toBeGreaterThan(10_000);
    expect(summary.events).toBeLessThan(20_000);
    const data = demoLiveData(NOW);
    const tracked = data.mailings
      .flatMap((m) => m.recipients)
      .reduce((n, r) => n + 1 + r.opens.length + r.clicks.length + (r.unsubscribedAt ? 1 : 0), 0);
    expect(summary.events).toBe(data.events.length + tracked);
    expect(summary.mailings).toBe(3);
    const types = Object.keys(summary.eventsByType);
    for (const type of [
      'page_view',
      'identify',
      'conversion',
      'trade_fair_contact',
      'call',
      'meeting',
      'quote_request',
      'order',
      'service_request',
      'complaint',
      'social_interaction',
      'email_sent',
      'email_open',
      'email_click',
    ])
      expect(types).toContain(type);
  });

  it('has web KPIs for the last 30 days that agree with the events sent', async () => {
    const web = await demo.get<WebKpis>(`/analytics/web?${LAST_30_DAYS}`);
    expect(web.days).toHaveLength(30);
    expect(web.visits).toBeGreaterThan(800);
    expect(web.bounceRate).toBeGreaterThan(0.3);
    expect(web.bounceRate).toBeLessThan(0.6);
    expect(web.conversionRate).toBeGreaterThan(0.01);
    expect(web.conversionRate).toBeLessThan(0.08);
    expect(web.pageViewsPerVisit).toBeGreaterThan(1.5);
    expect(web.newVisitors + web.returningVisitors).toBe(web.uniqueVisitors);
    expect(web.returningVisitors).toBeGreaterThan(0);
    expect(web.conversionPoints.map((c) => c.conversionPoint).sort()).toEqual([
      'anfrageformular',
      'rueckrufbitte',
      'whitepaper_download',
    ]);
    const channels = web.trafficSources.map((s) => s.channel);
    for (const channel of ['direct', 'search', 'social', 'referral', 'email'])
      expect(channels).toContain(channel);

    // Consistent by construction: over the whole period, exactly the visits and conversions sent.
    const events = demoLiveData(NOW).events;
    const all = await demo.get<WebKpis>(`/analytics/web?${WHOLE_PERIOD}`);
    const sessions = new Set(events.filter((e) => e.type === 'page_view').map((e) => e.sessionId));
    expect(all.visits).toBe(sessions.size);
    expect(all.pageViews).toBe(events.filter((e) => e.type === 'page_view').length);
    expect(all.conversions).toBe(events.filter((e) => e.type === 'conversion').length);
  });

  it('shows activity at many of the demo touchpoints, mapped by the rules, with revenue from orders', async () => {
    const activity = await demo.get<TouchpointActivity>(`/analytics/touchpoints?${WHOLE_PERIOD}`);
    const byName = new Map(activity.touchpoints.map((t) => [t.touchpointName, t]));
    for (const name of [
      'Website (Unternehmensauftritt)',
      'Google-Suche (SEO und Anzeigen)',
      'LinkedIn (Unternehmensseite und Mitarbeiterprofile)',
      'Fachmessen (Zulieferer- und Medizintechnik-Messen)',
      'Einträge auf B2B-Plattformen',
      'Telefon (Vertriebsinnendienst)',
      'Angebot',
      'Auftragsbestätigung',
      'Rahmenverträge und Abrufaufträge',
      'Werkstoff- und Prüfzeugnisse',
      'Sendungsverfolgung und Lieferstatus',
      'Reklamationsbearbeitung (8D-Report)',
      'Newsletter „Schmidt aktuell“',
      'Videokonferenz zur technischen Klärung',
      'Werksbesichtigung',
    ])
      expect(byName.get(name)?.events, name).toBeGreaterThan(0);
    expect(activity.touchpoints[0]?.touchpointName).toBe('Website (Unternehmensauftritt)');

    const orders = demoLiveData(NOW).events.filter((e) => e.type === 'order');
    const revenue = orders.reduce((sum, e) => sum + (e.revenue?.amount ?? 0), 0);
    // The demo pipeline's won deals are revenue too: each appended one `deal_won` order event.
    const won = await testDb()
      .selectFrom('deals')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('value'), eb.lit(0)).as('v'))
      .where('workspace_id', '=', demo.workspaceId)
      .where('stage', '=', 'won')
      .executeTakeFirstOrThrow();
    expect(Number(won.v)).toBeGreaterThan(0);
    const counted = activity.touchpoints.reduce((sum, t) => sum + t.revenue, 0);
    expect(counted).toBeCloseTo(revenue + Number(won.v), 2);
    expect(byName.get('Auftragsbestätigung')?.revenue).toBeGreaterThan(100_000);

    // Only the CRM's identify calls (no interaction at a touchpoint) stay unmapped, so the list of
    // events that want a mapping rule is empty; asked for by type, they are there.
    expect(await demo.get<unknown[]>('/events?unmapped=true&limit=500')).toEqual([]);
    const identified = await demo.get<{ type: string }[]>('/events?unmapped=true&type=identify&limit=500');
    expect(identified.length).toBeGreaterThan(0);
    expect(byName.get(null)?.events).toBe(identified.length);
  });

  it('has known profiles with companies, whose timelines run across touchpoints and phases', async () => {
    const known = await demo.get<ProfilePage>('/profiles?q=.example&limit=200');
    expect(known.items.length).toBe(200);
    for (const p of known.items) {
      expect(p.email).toMatch(/@[a-z0-9-]+\.example$/);
      expect(p.name).not.toBe('');
      expect(p.company).not.toBeNull();
    }
    const companies = await demo.get<{ id: string; name: string }[]>('/companies');
    expect(companies.length).toBeGreaterThan(60);

    const buyer = [...known.items].sort((a, b) => b.revenue - a.revenue)[0];
    if (!buyer) throw new Error('no profile');
    expect(buyer.revenue).toBeGreaterThan(0);
    const detail = await demo.get<ProfileDetail>(`/profiles/${buyer.id}`);
    expect(detail.touchpoints.length).toBeGreaterThanOrEqual(3);
    expect(detail.currentPhase).not.toBeNull();

    // A lead from the website: the visits before the form belong to the same person as the CRM's events.
    const lead = await demo.get<ProfilePage>('/profiles?q=.example&limit=200');
    let found: TimelineItem[] | null = null;
    for (const p of lead.items) {
      const timeline = await demo.get<{ items: TimelineItem[] }>(`/profiles/${p.id}/timeline?limit=200`);
      const types = new Set(timeline.items.map((e) => e.type));
      if (types.has('conversion') && types.has('page_view') && types.has('quote_request')) {
        found = timeline.items;
        break;
      }
    }
    if (!found) throw new Error('no profile with a website lead and a quote');
    expect(new Set(found.map((e) => e.touchpointName)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(found.flatMap((e) => (e.phase ? [e.phase.key] : []))).size).toBeGreaterThanOrEqual(2);
  });

  it('has computed KPI values for every day and a few alerts', async () => {
    const kpis = await demo.get<Kpi[]>('/kpis');
    const computed = kpis.filter((k) => k.metric !== null);
    expect(computed.map((k) => k.metric).sort()).toEqual([
      'social.response_time_hours',
      'social.traffic_to_website',
      'web.bounce_rate',
      'web.conversion_rate',
    ]);
    for (const k of computed) expect(k.latest?.source, k.name).toBe('computed');
    const valuesOf = (metric: string) =>
      demo.get<{ measuredOn: string; value: number }[]>(
        `/kpis/${(computed.find((k) => k.metric === metric) as Kpi).id}/values`,
      );
    const bounce = await valuesOf('web.bounce_rate');
    expect(bounce).toHaveLength(75); // every complete day, 2026-08-01 to 2026-10-14
    expect(bounce.at(-1)?.measuredOn).toBe('2026-10-14');
    const mean = bounce.reduce((sum, v) => sum + v.value, 0) / bounce.length;
    expect(mean).toBeGreaterThan(30);
    expect(mean).toBeLessThan(60);
    const social = await valuesOf('social.traffic_to_website');
    const web = await demo.get<WebKpis>('/analytics/web?from=2026-08-01&to=2026-10-14');
    const fromSocial = web.trafficSources.find((t) => t.channel === 'social')?.entries;
    expect(social.reduce((sum, v) => sum + v.value, 0)).toBe(fromSocial);
    expect((await valuesOf('social.response_time_hours')).length).toBeGreaterThan(5);
    expect(demo.summary.kpiValues).toBeGreaterThan(200);

    // Alerts where someone should look (a weekend comment left for days), not on every quiet Sunday.
    const alerts = await demo.get<KpiAlert[]>('/alerts');
    expect(alerts).toHaveLength(demo.summary.alerts);
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts.length).toBeLessThanOrEqual(12);
    expect(alerts.map((a) => a.kpiName)).toContain('Reaktionszeit auf Kommentare und Nachrichten');
  });

  it('has the newsletter issues as sent mailings of the e-mail module', async () => {
    const mailings = await demo.get<Mailing[]>('/mailings');
    const issues = demoLiveData(NOW).mailings;
    expect(mailings.map((m) => m.name).sort()).toEqual(issues.map((m) => m.name).sort());
    const newsletter = schmidtDemoDocument.touchpoints?.find((t) => t.ref === 'tp-newsletter')?.name;
    const activity = await demo.get<TouchpointActivity>(`/analytics/touchpoints?${WHOLE_PERIOD}`);
    const touchpointId = activity.touchpoints.find((t) => t.touchpointName === newsletter)?.touchpointId;
    for (const m of mailings) {
      expect(m.kind).toBe('newsletter');
      expect(m.status).toBe('sent');
      expect(m.sentAt).not.toBeNull();
      expect(m.touchpointId).toBe(touchpointId);
      expect(m.links.some((l) => l.includes('/aktuelles/'))).toBe(true);
    }
  });

  it('counts per mailing what its events say, and its counters agree with its recipients', async () => {
    const db = testDb();
    const mailings = await demo.get<Mailing[]>('/mailings');
    for (const m of mailings) {
      const { counts, kpis } = await demo.get<MailingKpisResponse>(`/mailings/${m.id}/kpis`);
      const events = await db
        .selectFrom('events')
        .select(['type', 'profile_id', 'source', 'touchpoint_id'])
        .where('workspace_id', '=', demo.workspaceId)
        .where(sql`properties ->> 'mailingId'`, '=', m.id)
        .execute();
      const ofType = (type: string) => events.filter((e) => e.type === type);
      const people = (type: string) => new Set(ofType(type).map((e) => e.profile_id)).size;
      expect(events.every((e) => e.source === 'email' && e.touchpoint_id === m.touchpointId)).toBe(true);
      expect(counts.sent).toBe(ofType('email_sent').length);
      expect(counts.sent).toBe(people('email_sent'));
      expect(counts.opens).toBe(ofType('email_open').length);
      expect(counts.uniqueOpens).toBe(people('email_open'));
      expect(counts.clicks).toBe(ofType('email_click').length);
      expect(counts.uniqueClicks).toBe(people('email_click'));
      expect(counts.unsubscribes).toBe(people('email_unsubscribe'));
      expect(counts.sent).toBeGreaterThan(50);
      expect(kpis.uniqueOpenRate).toBeGreaterThan(0.15);
      expect(kpis.uniqueClickRate).toBeGreaterThan(0);

      const recipients = await db
        .selectFrom('mailing_recipients')
        .selectAll()
        .where('workspace_id', '=', demo.workspaceId)
        .where('mailing_id', '=', m.id)
        .execute();
      const sum = (pick: (r: (typeof recipients)[number]) => number) =>
        recipients.reduce((n, r) => n + pick(r), 0);
      expect(recipients.every((r) => r.status === 'sent' && /^[0-9a-f]{32}$/.test(r.token))).toBe(true);
      expect({
        sent: recipients.length,
        opens: sum((r) => r.opens),
        uniqueOpens: sum((r) => (r.first_opened_at ? 1 : 0)),
        clicks: sum((r) => r.clicks),
        uniqueClicks: sum((r) => (r.first_clicked_at ? 1 : 0)),
        unsubscribes: sum((r) => (r.unsubscribed_at ? 1 : 0)),
      }).toEqual({
        sent: counts.sent,
        opens: counts.opens,
        uniqueOpens: counts.uniqueOpens,
        clicks: counts.clicks,
        uniqueClicks: counts.uniqueClicks,
        unsubscribes: counts.unsubscribes,
      });

      const sendTime = await demo.get<z.infer<typeof sendTimeAnalysisSchema>>(
        `/email/analysis/send-time?${WHOLE_PERIOD}&timeZone=Europe/Berlin&mailingId=${m.id}`,
      );
      expect(sendTime.totalOpens).toBe(counts.opens);
    }
  });

  it('has e-mail KPIs over time and subject lines of more than one length', async () => {
    const overTime = await demo.get<z.infer<typeof emailKpisOverTimeSchema>>(
      `/email/kpis?${WHOLE_PERIOD}&interval=month`,
    );
    expect(overTime.periods.length).toBeGreaterThan(0);
    expect(overTime.periods.reduce((n, p) => n + p.mailings, 0)).toBe(3);
    for (const p of overTime.periods) expect(p.kpis.uniqueOpenRate).toBeGreaterThan(0);
    const subjects = await demo.get<z.infer<typeof subjectLengthAnalysisSchema>>(
      `/email/analysis/subject-length?${WHOLE_PERIOD}`,
    );
    expect(subjects.bands.filter((b) => b.mailings > 0).length).toBeGreaterThan(1);
  });

  it('loads the same data again for the same moment', async () => {
    const again = await loadDemo();
    const { milliseconds: _a, ...first } = demo.summary;
    const { milliseconds: _b, ...second } = again.summary;
    expect(second).toEqual(first);
    for (const path of [`/analytics/web?${WHOLE_PERIOD}`, `/analytics/touchpoints?${WHOLE_PERIOD}`]) {
      const a = await demo.get<WebKpis | TouchpointActivity>(path);
      const b = await again.get<WebKpis | TouchpointActivity>(path);
      expect(withoutIds(b)).toEqual(withoutIds(a));
    }
    const count = async (d: LoadedDemo) => {
      const db = testDb();
      const profiles = await db
        .selectFrom('profiles')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('workspace_id', '=', d.workspaceId)
        .where('merged_into', 'is', null)
        .executeTakeFirstOrThrow();
      const companies = await d.get<unknown[]>('/companies');
      const alerts = await d.get<KpiAlert[]>('/alerts');
      return {
        profiles: Number(profiles.n),
        companies: companies.length,
        alerts: alerts.map((x) => `${x.kpiName} ${x.measuredOn} ${x.value}`).sort(),
      };
    };
    expect(await count(again)).toEqual(await count(demo));
  }, 60_000);
});

describe('touchpoint demo', () => {
  it('loads the demo workspace with its live data up to now', async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = inject('databaseUrl');
    try {
      const owner = await aUser(testDb(), 'CLI Demo Owner');
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['demo', '--owner', owner.email], {
        out: (t) => void out.push(t),
        err: (t) => void err.push(t),
      });
      expect(code, err.join('')).toBe(0);
      const printed = out.join('');
      expect(printed).toMatch(/^Demo live data: \d+ events from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, /m);
      const workspaceId = /Loaded the demo workspace (\S+)/.exec(printed)?.[1];
      const api = await apiAs(owner.token);
      const web = (await api.get(`/workspaces/${workspaceId}/analytics/web`)).json<WebKpis>();
      expect(web.visits).toBeGreaterThan(500);
      expect(web.conversions).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  }, 60_000);
});

/** Ids differ between workspaces (and order touchpoints with equal counts differently); nothing else may. */
function withoutIds(value: WebKpis | TouchpointActivity): unknown {
  const sorted =
    'touchpoints' in value
      ? {
          ...value,
          touchpoints: [...value.touchpoints].sort((a, b) =>
            (a.touchpointName ?? '').localeCompare(b.touchpointName ?? ''),
          ),
        }
      : value;
  return JSON.parse(JSON.stringify(sorted, (key, v: unknown) => (key === 'touchpointId' ? undefined : v)));
}
