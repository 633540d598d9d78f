import type { Db } from '../db/database';
import { appendDealWonEvent } from '../services/deals/dealWonEvent';

const DAY = 24 * 60 * 60 * 1000;

/**
 * One demo deal: its stage path with the days ago each stage was entered (oldest first), value in
 * EUR, and for customers' deals a renewal in `renewalInDays`.
 */
interface DemoDeal {
  title: string;
  value: number;
  path: readonly (readonly [stage: string, daysAgo: number])[];
  closeInDays?: number;
  reason?: string;
  customer: boolean;
  renewalInDays?: number;
  probability?: number;
}

// A believable B2B turned-parts pipeline: a handful early, fewer late, won and lost with their reasons.
const DEALS: readonly DemoDeal[] = [
  {
    title: 'Rahmenvertrag Drehteile 2027',
    value: 86_000,
    path: [
      ['qualification', 70],
      ['needs_analysis', 58],
      ['proposal', 41],
      ['won', 12],
    ],
    reason: 'Liefertreue und Prüfzeugnisse',
    customer: true,
    renewalInDays: 353,
  },
  {
    title: 'Wellen für Pumpengehäuse',
    value: 24_500,
    path: [
      ['qualification', 64],
      ['needs_analysis', 50],
      ['proposal', 35],
      ['negotiation', 20],
      ['won', 6],
    ],
    reason: 'Kurze Lieferzeit',
    customer: true,
    renewalInDays: 180,
  },
  {
    title: 'Ersatzteilversorgung Wartung',
    value: 9_800,
    path: [
      ['qualification', 60],
      ['proposal', 44],
      ['won', 30],
    ],
    reason: 'Bestehende Lieferbeziehung',
    customer: true,
    renewalInDays: 25,
  },
  {
    title: 'Hydraulikbuchsen Serie',
    value: 41_000,
    path: [
      ['qualification', 75],
      ['needs_analysis', 61],
      ['proposal', 47],
      ['lost', 33],
    ],
    reason: 'Preis',
    customer: false,
  },
  {
    title: 'Prototypen Edelstahl',
    value: 6_200,
    path: [
      ['qualification', 55],
      ['needs_analysis', 40],
      ['lost', 28],
    ],
    reason: 'Kein Budget',
    customer: false,
  },
  {
    title: 'Gewindebolzen Sonderlänge',
    value: 12_900,
    path: [
      ['qualification', 48],
      ['proposal', 30],
      ['lost', 14],
    ],
    reason: 'Preis',
    customer: false,
  },
  {
    title: 'Messinghülsen für Sensorik',
    value: 18_400,
    path: [
      ['qualification', 66],
      ['needs_analysis', 52],
      ['proposal', 38],
      ['negotiation', 24],
      ['won', 9],
    ],
    reason: 'Qualität der Muster',
    customer: true,
    renewalInDays: 90,
  },
  {
    title: 'Zweitlieferant Flansche',
    value: 33_000,
    path: [
      ['qualification', 40],
      ['needs_analysis', 27],
      ['proposal', 15],
      ['negotiation', 4],
    ],
    closeInDays: 21,
    customer: false,
  },
  {
    title: 'Baugruppe Ventiltechnik',
    value: 57_500,
    path: [
      ['qualification', 45],
      ['needs_analysis', 30],
      ['proposal', 10],
    ],
    closeInDays: 45,
    customer: false,
  },
  {
    title: 'Drehteile Medizintechnik',
    value: 28_000,
    path: [
      ['qualification', 38],
      ['needs_analysis', 19],
      ['proposal', 8],
    ],
    closeInDays: 38,
    customer: false,
    probability: 60,
  },
  {
    title: 'Jahresbedarf Distanzhülsen',
    value: 15_300,
    path: [
      ['qualification', 30],
      ['needs_analysis', 12],
    ],
    closeInDays: 60,
    customer: false,
  },
  {
    title: 'Frästeile Automatisierung',
    value: 21_700,
    path: [
      ['qualification', 26],
      ['needs_analysis', 9],
    ],
    closeInDays: 75,
    customer: false,
  },
  {
    title: 'Anfrage Messe: Achsen',
    value: 8_900,
    path: [['qualification', 33]],
    closeInDays: 90,
    customer: false,
  },
  {
    title: 'Anfrage Messe: Stehbolzen',
    value: 4_600,
    path: [['qualification', 31]],
    closeInDays: 95,
    customer: false,
  },
  {
    title: 'Anfrage Website: Kleinserie Alu',
    value: 3_200,
    path: [['qualification', 7]],
    closeInDays: 70,
    customer: false,
  },
  {
    title: 'Verlängerung Rahmenvertrag',
    value: 64_000,
    path: [
      ['qualification', 28],
      ['proposal', 14],
      ['negotiation', 5],
    ],
    closeInDays: 14,
    customer: true,
  },
  {
    title: 'Zusatzbedarf Wellen Q2',
    value: 11_200,
    path: [
      ['qualification', 20],
      ['needs_analysis', 11],
      ['proposal', 3],
    ],
    closeInDays: 30,
    customer: true,
  },
  {
    title: 'Lohnfertigung Drehen',
    value: 19_900,
    path: [
      ['qualification', 50],
      ['needs_analysis', 36],
      ['lost', 22],
    ],
    reason: 'Kapazität beim Kunden selbst',
    customer: false,
  },
  {
    title: 'Schrauben Sonderwerkstoff',
    value: 7_400,
    path: [
      ['qualification', 42],
      ['proposal', 26],
      ['negotiation', 16],
      ['won', 2],
    ],
    reason: 'Werkstoffzeugnis 3.1',
    customer: true,
    renewalInDays: 365,
  },
  {
    title: 'Kleinteile Elektromobilität',
    value: 36_500,
    path: [
      ['qualification', 22],
      ['needs_analysis', 13],
      ['proposal', 6],
    ],
    closeInDays: 50,
    customer: false,
  },
];

/**
 * Gives the demo workspace a believable pipeline (issue 14): 20 deals on the CRM's companies, spread
 * over every stage, with backdated stage histories (so conversion and velocity have something to
 * show), won deals with their revenue event and renewal dates on the customers. Deterministic for the
 * same companies and `now`; call after the CRM import, before the events are processed.
 *
 * Won deals' revenue events go to `orderTouchpointId` (the order confirmation), as the demo's mapping
 * rule sends every order there.
 *
 * @example await loadDemoPipeline(db, workspaceId, now, touchpointId('tp-auftragsbestaetigung'));
 */
export async function loadDemoPipeline(
  db: Db,
  workspaceId: string,
  now: Date,
  orderTouchpointId: string | null = null,
): Promise<number> {
  const companies = await db
    .selectFrom('companies as c')
    .select(['c.id', 'c.properties'])
    .where('c.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('profiles as p')
          .select('p.id')
          .whereRef('p.workspace_id', '=', 'c.workspace_id')
          .whereRef('p.company_id', '=', 'c.id'),
      ),
    )
    .orderBy('c.name')
    .execute();
  const customers = companies.filter((c) => c.properties.status === 'Kunde');
  const prospects = companies.filter((c) => c.properties.status !== 'Kunde');
  if (customers.length === 0 || prospects.length === 0) return 0;
  const owner = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .orderBy('user_id')
    .executeTakeFirst();
  const day = (n: number) => new Date(now.getTime() + n * DAY);
  const dateOf = (n: number) => day(n).toISOString().slice(0, 10);
  let created = 0;
  for (const [i, d] of DEALS.entries()) {
    const pool = d.customer ? customers : prospects;
    const company = pool[i % pool.length];
    if (!company) continue;
    const last = d.path[d.path.length - 1];
    const first = d.path[0];
    if (!last || !first) continue;
    const closed = last[0] === 'won' || last[0] === 'lost';
    const contact = await db
      .selectFrom('profiles')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('company_id', '=', company.id)
      .where('merged_into', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .executeTakeFirst();
    const deal = await db
      .insertInto('deals')
      .values({
        workspace_id: workspaceId,
        company_id: company.id,
        title: d.title,
        value: d.value,
        stage: last[0],
        probability: d.probability ?? null,
        expected_close: closed ? dateOf(-last[1]) : dateOf(d.closeInDays ?? 30),
        owner_user_id: owner?.user_id ?? null,
        reason: closed ? (d.reason ?? '') : '',
        renewal_date: d.renewalInDays === undefined ? null : dateOf(d.renewalInDays),
        closed_at: closed ? day(-last[1]) : null,
        created_at: day(-first[1]),
        updated_at: day(-last[1]),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (contact)
      await db
        .insertInto('deal_contacts')
        .values({ workspace_id: workspaceId, deal_id: deal.id, profile_id: contact.id })
        .execute();
    let from: string | null = null;
    for (const [stage, ago] of d.path) {
      await db
        .insertInto('deal_stage_history')
        .values({
          workspace_id: workspaceId,
          deal_id: deal.id,
          from_stage: from,
          to_stage: stage,
          at: day(-ago),
          actor: 'Demo',
        })
        .execute();
      from = stage;
    }
    if (last[0] === 'won')
      await appendDealWonEvent(
        db,
        workspaceId,
        {
          id: deal.id,
          title: d.title,
          value: d.value,
          companyId: company.id,
          closedAt: day(-last[1]),
        },
        orderTouchpointId,
      );
    created += 1;
  }
  return created;
}
