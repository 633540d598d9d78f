import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findDigitalInterface } from '../../src/core/catalogue';
import type { QuickcheckAnswer } from '../../src/core/quickcheck';
import { apiAs } from '../support/app';
import { aPersona, aTouchpoint, aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

const S = 'sehr-wichtig';
const W = 'wichtig';
const L = 'weniger-wichtig';
const U = 'unwichtig';

// The pair of test/unit/quickcheck-compare.test.ts: low running costs go from "unwichtig" to "wichtig".
const earlierAnswers: QuickcheckAnswer[] = [W, L, S, S, W, S, L, U, S, L, W, U, S, U];
const laterAnswers: QuickcheckAnswer[] = [W, L, S, S, W, S, L, U, S, L, W, U, S, W];
// Scored by the core: exactly three interfaces reach 80 % (Track and Trace 93.3, Sprachassistenten 88.9,
// Chatbots 82.7).
const serviceAnswers: QuickcheckAnswer[] = [S, S, W, S, L, W, W, S, L, S, W, S, U, U];

async function setup(options: { name?: string } = {}) {
  const db = testDb();
  const ws = await aWorkspace(db, options);
  const api = await apiAs(ws.owner.token);
  const base = `/workspaces/${ws.workspace.id}/quickcheck`;
  const run = async (answers: QuickcheckAnswer[], name?: string) => {
    const res = await api.post(`${base}/runs`, { answers, ...(name && { name }) });
    expect(res.statusCode).toBe(201);
    return res.json();
  };
  return { ...ws, db, api, base, run };
}

describe('Quickcheck runs', () => {
  it('saves a run with its author, date and catalogue details', async () => {
    const { api, base, owner, run } = await setup();
    const before = Date.now();
    const saved = await run(serviceAnswers, 'Workshop März');
    expect(saved).toMatchObject({
      name: 'Workshop März',
      answers: serviceAnswers,
      createdByName: owner.name,
    });
    expect(Date.parse(saved.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(saved.results).toHaveLength(23);
    expect(saved.results[0]).toMatchObject({
      rank: 1,
      interface: 'Track and Trace (Sendungsverfolgung)',
      percent: 93.3,
      label: 'Sehr empfehlenswert',
      labelEn: 'Highly recommended',
      key: findDigitalInterface('Track and Trace (Sendungsverfolgung)')?.key,
    });
    const top = saved.results[0];
    expect(top.phases.length).toBeGreaterThan(0);
    expect(top.pros.de.length).toBeGreaterThan(0);
    expect(top.cons.en.length).toBeGreaterThan(0);
    expect(top.paysOffWhen.de).not.toBe('');
    expect(top.why.length).toBeGreaterThan(0);

    const fetched = await api.get(`${base}/runs/${saved.id}`);
    expect(fetched.statusCode).toBe(200);
    expect(fetched.json()).toEqual(saved);
  });

  it('lists the runs of the workspace, newest first', async () => {
    const { api, base, run } = await setup();
    const first = await run(earlierAnswers, 'Vorher');
    const second = await run(serviceAnswers, 'Nachher');
    const list = await api.get(`${base}/runs`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((r: { id: string }) => r.id)).toEqual([second.id, first.id]);
    expect(list.json()[0]).toMatchObject({
      name: 'Nachher',
      top: [
        { rank: 1, interface: 'Track and Trace (Sendungsverfolgung)', percent: 93.3 },
        { rank: 2, interface: 'Sprachassistenten', percent: 88.9 },
        { rank: 3, interface: 'Chatbots', percent: 82.7 },
      ],
      labelCounts: { very_recommended: 3 },
    });
  });

  it('compares a run with an earlier one', async () => {
    const { api, base, run } = await setup();
    const earlier = await run(earlierAnswers);
    const later = await run(laterAnswers);
    const res = await api.get(`${base}/runs/${later.id}/compare?with=${earlier.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.run.id).toBe(later.id);
    expect(body.earlier.id).toBe(earlier.id);
    expect(body.answerChanges).toEqual([
      {
        questionKey: 'low_running_costs',
        categoryDe: 'Geringe laufende Kosten',
        categoryEn: 'Low running costs',
        before: U,
        after: W,
      },
    ]);
    expect(body.rows).toHaveLength(23);
    // Worked out in test/unit/quickcheck-compare.test.ts: review portals move from rank 2 to rank 1.
    expect(body.rows[0]).toMatchObject({
      interface: 'Bewertungsportale',
      key: findDigitalInterface('Bewertungsportale')?.key,
      rankBefore: 2,
      rankAfter: 1,
      rankChange: 1,
      percentChange: 11.1,
    });
    expect(body.rows.find((r: { interface: string }) => r.interface === 'Blogs').rankChange).toBe(-1);

    const missing = await api.get(`${base}/runs/${later.id}/compare?with=${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
  });

  it('exports the ranking as CSV', async () => {
    const { api, base, run } = await setup();
    const saved = await run(serviceAnswers);
    const res = await api.get(`${base}/runs/${saved.id}.csv?lang=de`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="quickcheck-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    // The byte order mark makes Excel read the file as UTF-8 ("Gründe", not "GrÃ¼nde").
    expect(res.body.startsWith('\uFEFF')).toBe(true);
    const lines = res.body.slice(1).trimEnd().split('\n');
    expect(lines[0]).toBe('Rang,Kundenschnittstelle,Passung (%),Bewertung,Phasen,Wichtigste Gründe');
    expect(lines).toHaveLength(24);
    expect(lines[1]).toMatch(/^1,Track and Trace \(Sendungsverfolgung\),93\.3,Sehr empfehlenswert,/);
    expect(lines[1]).toContain('(+');

    const en = await api.get(`${base}/runs/${saved.id}.csv?lang=en`);
    expect(en.body.split('\n')[0]).toBe('\uFEFFRank,Interface,Fit (%),Rating,Phases,Top reasons');
    expect(en.body.split('\n')[1]).toMatch(/^1,.*,93\.3,Highly recommended,/);
  });

  it('renders a printable page and escapes what the workspace typed', async () => {
    const { api, base, run } = await setup({ name: '<script>alert(1)</script> GmbH' });
    const saved = await run(serviceAnswers, 'Workshop "A&B"');
    const res = await api.get(`${base}/runs/${saved.id}/print?lang=de`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; GmbH');
    expect(res.body).toContain('Workshop &quot;A&amp;B&quot;');
    expect(res.body).toContain('@page { size: A4');
    for (const label of ['Sehr empfehlenswert', 'bedingt empfehlenswert', 'eher uninteressant'])
      expect(res.body).toContain(label);
    expect(res.body).toContain('Geringe laufende Kosten');

    const en = await api.get(`${base}/runs/${saved.id}/print?lang=en`);
    expect(en.body).toContain('Highly recommended');
  });

  it('adopts the "Sehr empfehlenswert" interfaces as target touchpoints, once', async () => {
    const { api, base, run, workspace } = await setup();
    const saved = await run(serviceAnswers);
    const veryRecommended = saved.results.filter((r: { label: string }) => r.label === 'Sehr empfehlenswert');
    expect(veryRecommended).toHaveLength(3);

    const res = await api.post(`${base}/runs/${saved.id}/adopt`, {});
    expect(res.statusCode).toBe(201);
    const { created, skipped } = res.json();
    expect(skipped).toEqual([]);
    expect(created).toHaveLength(veryRecommended.length);
    const phaseKey = new Map(workspace.journeyModel.phases.map((p) => [p.id, p.key]));
    for (const [i, tp] of created.entries()) {
      const row = veryRecommended[i];
      expect(tp).toMatchObject({
        catalogueKey: row.key,
        quickcheckRunId: saved.id,
        target: { maturity: 'good' },
        current: { maturity: 'none' },
      });
      expect(tp.phaseIds.map((id: string) => phaseKey.get(id))).toEqual(row.phases);
    }

    const again = await api.post(`${base}/runs/${saved.id}/adopt`, {});
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({
      created: [],
      skipped: veryRecommended.map((r: { interface: string }) => r.interface),
    });
  });

  it('adopts a selection with a target maturity and personas, skipping what the inventory has', async () => {
    const { api, base, run, ctx } = await setup();
    const persona = await aPersona(ctx);
    await aTouchpoint(ctx, { name: 'Unsere Website', catalogueKey: 'website' });
    const saved = await run(serviceAnswers);
    const res = await api.post(`${base}/runs/${saved.id}/adopt`, {
      interfaces: ['Website', 'Live-Chat'],
      targetMaturity: 'excellent',
      personaIds: [persona.id],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().skipped).toEqual(['Website']);
    expect(res.json().created).toHaveLength(1);
    expect(res.json().created[0]).toMatchObject({
      catalogueKey: findDigitalInterface('Live-Chat')?.key,
      target: { maturity: 'excellent' },
      personaIds: [persona.id],
    });
  });

  it('rejects unknown interfaces and writes nothing', async () => {
    const { api, base, run, workspace } = await setup();
    const saved = await run(serviceAnswers);
    const res = await api.post(`${base}/runs/${saved.id}/adopt`, {
      interfaces: ['Chatbots', 'Fax', 'Brieftaube'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      details: { field: 'interfaces', unknown: ['Fax', 'Brieftaube'] },
    });
    expect(res.json().error.message).toContain('Fax');

    // An unknown persona is rejected by the touchpoint service inside the transaction.
    const rolledBack = await api.post(`${base}/runs/${saved.id}/adopt`, { personaIds: [randomUUID()] });
    expect(rolledBack.statusCode).toBe(400);

    const touchpoints = await api.get(`/workspaces/${workspace.id}/touchpoints`);
    expect(touchpoints.json()).toEqual([]);
  });

  it('lets a viewer read but not run or adopt', async () => {
    const { base, run, member } = await setup();
    const saved = await run(serviceAnswers);
    const viewer = await apiAs((await member('viewer')).token);
    expect((await viewer.get(`${base}/runs/${saved.id}`)).statusCode).toBe(200);
    expect((await viewer.post(`${base}/runs`, { answers: serviceAnswers })).statusCode).toBe(403);
    expect((await viewer.post(`${base}/runs/${saved.id}/adopt`, {})).statusCode).toBe(403);
    expect((await viewer.delete(`${base}/runs/${saved.id}`)).statusCode).toBe(403);
  });

  it("answers 404 for another workspace's run", async () => {
    const mine = await setup();
    const theirs = await setup();
    const foreign = await theirs.run(serviceAnswers);
    for (const path of ['', '.csv', '/print', `/compare?with=${foreign.id}`])
      expect((await mine.api.get(`${mine.base}/runs/${foreign.id}${path}`)).statusCode).toBe(404);
    expect((await mine.api.post(`${mine.base}/runs/${foreign.id}/adopt`, {})).statusCode).toBe(404);
    expect((await mine.api.delete(`${mine.base}/runs/${foreign.id}`)).statusCode).toBe(404);
    expect((await theirs.api.get(`${theirs.base}/runs/${foreign.id}`)).statusCode).toBe(200);
  });

  it('names the field of wrong answers', async () => {
    const { api, base } = await setup();
    const tooFew = await api.post(`${base}/runs`, { answers: serviceAnswers.slice(0, 13) });
    expect(tooFew.statusCode).toBe(400);
    expect(tooFew.json().error.message).toMatch(/^body\.answers: .*14 answers/);

    const unknown = await api.post(`${base}/runs`, { answers: [...serviceAnswers.slice(0, 13), 'egal'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/^body\.answers\.13: /);
    expect((await api.get(`${base}/runs`)).json()).toEqual([]);
  });

  it('deletes a run; adopted touchpoints stay and lose the link', async () => {
    const { api, base, run } = await setup();
    const saved = await run(serviceAnswers);
    const adopted = await api.post(`${base}/runs/${saved.id}/adopt`, { interfaces: ['Chatbots'] });
    const tpId = adopted.json().created[0].id;
    expect((await api.delete(`${base}/runs/${saved.id}`)).statusCode).toBe(200);
    expect((await api.get(`${base}/runs/${saved.id}`)).statusCode).toBe(404);
    const tp = await api.get(base.replace('/quickcheck', `/touchpoints/${tpId}`));
    expect(tp.json().quickcheckRunId).toBeNull();
  });

  it('serves the questions without a login', async () => {
    const anonymous = await apiAs(null);
    const res = await anonymous.get('/quickcheck/questions');
    expect(res.statusCode).toBe(200);
    expect(res.json().questions).toHaveLength(14);
    expect(res.json().allowedAnswers.map((a: { points: number }) => a.points)).toEqual([6, 4, 2, 0]);
    expect(res.json().labels[0]).toMatchObject({ key: 'very_recommended', minPercent: 80 });
  });
});
