import { Readable } from 'node:stream';
import { sql } from 'kysely';
import type { MappingRuleInput } from '../contract/events';
import type { ImportKind } from '../contract/imports';
import type { KpiInput } from '../contract/kpis';
import { dayOf } from '../core/webAnalytics';
import type { Db } from '../db/database';
import type { WorkspaceContext } from '../services/context';
import { ingestEvents } from '../services/events/ingest';
import { nameConversionPoint } from '../services/analytics/conversionPointNames';
import { createMappingRule } from '../services/events/mappingRules';
import { processEvents } from '../services/events/processor';
import { importHistory } from '../services/imports/importHistory';
import { createKpi } from '../services/kpis';
import { computeKpiValues } from '../services/kpis/computedKpis';
import { schmidtDemoDocument } from './schmidtDemo';
import { DAY, type TouchpointRef } from './live/settings';
import { demoLiveStart } from './live/berlinTime';
import { demoLiveData } from './live/demoWorld';
import { loadDemoMailings } from './loadDemoMailings';
import { loadDemoCampaigns } from './loadDemoCampaigns';
import { loadDemoPipeline } from './loadDemoPipeline';
import { loadDemoSegments } from './demoSegments';
import { loadDemoLeadScoring } from './loadDemoLeadScoring';

/** What the marketing team calls the keys its forms send (docs/tracking.md). */
const CONVERSION_POINT_NAMES: readonly [string, string][] = [
  ['anfrageformular', 'Anfrageformular'],
  ['rueckrufbitte', 'Rückrufbitte'],
  ['whitepaper_download', 'Whitepaper-Download'],
];

/**
 * Live data for the demo workspace "Schmidt Dreh- und Frästechnik": the last weeks of a contract
 * machining company's customer interactions (website visits, form leads, trade-fair contacts, calls,
 * quotes, orders, service requests, LinkedIn, newsletter), all of fictitious people at fictitious
 * companies (`*.example` domains). It is generated from a seeded random sequence, so the same `now`
 * always gives the same data, and it goes through the product's own paths (CRM import, ingestion with
 * mapping rules, the event processor, computed KPIs), so every screen agrees with every other.
 */

export interface DemoLiveDataSummary {
  /** The days with events (UTC), both included; KPI values are computed up to the day before `to`. */
  from: string;
  to: string;
  events: number;
  eventsByType: Record<string, number>;
  /** Newsletter issues, as sent mailings of the e-mail module. */
  mailings: number;
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
 * social networks are small daily counts (0 on most weekend days), so a lower limit would alert every
 * weekend: they are shown without a target.
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
 * import), mapping rules, the events of the last `DEMO_LIVE_DAYS` days (ingestion), the newsletter's
 * sent mailings with their tracking (e-mail module, no SMTP), profiles and dashboard figures (event
 * processor), and computed KPIs with their daily values and alerts. Call it
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
  for (const [key, name] of CONVERSION_POINT_NAMES) await nameConversionPoint(ctx, key, name);
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
  // After the first pass, so that contacts the CRM added during the period have their profiles.
  await loadDemoPipeline(db, workspaceId, now, touchpointId('tp-auftragsbestaetigung'));
  const emailEvents = await loadDemoMailings(ctx, data.mailings, touchpointId('tp-newsletter'));
  for (const e of emailEvents) eventsByType[e.type] = (eventsByType[e.type] ?? 0) + 1;
  events += emailEvents.length;
  await processEverything(db, workspaceId);
  // A fresh install has no table statistics yet, and autovacuum gathers them only after a while: until
  // then the planner guesses, and the first analyses of the demo (the people behind a funnel's figure)
  // took hundreds of milliseconds instead of ten.
  await sql`analyze events, profiles, companies, touchpoint_phases`.execute(db);
  await loadDemoCampaigns(ctx);
  await loadDemoSegments(ctx);
  await loadDemoLeadScoring(db, workspaceId, now);

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
    mailings: data.mailings.length,
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
