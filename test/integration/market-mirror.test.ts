import { describe, expect, it } from 'vitest';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';
import { testDb } from '../support/db';

const db = testDb();

async function setup() {
  const ws = await aWorkspace(db);
  const owner = await apiAs(ws.owner.token);
  const base = `/workspaces/${ws.workspace.id}/market-mirror`;
  return { ...ws, owner, base };
}

describe('the market study mirror', () => {
  it('gives any member the questionnaire with the study figures as printed', async () => {
    const { base, member } = await setup();
    const viewer = await apiAs((await member('viewer')).token);
    const res = await viewer.get(`${base}/questions`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.study).toMatchObject({
      publisher: 'ec4u expert consulting ag',
      year: 2016,
      respondents: 188,
    });
    const handover = body.questions.find((q: { key: string }) => q.key === 'lead_handover');
    expect(handover).toMatchObject({
      number: 13,
      figure: { number: 11, page: 16 },
      questionDe: 'Wie kommt der Lead in den Vertrieb?',
      closedBy: { link: '/customers' },
    });
    expect(handover.options[0]).toMatchObject({
      key: 'defined_process',
      study: { percent: 38 },
      better: true,
    });
  });

  it('saves every assessment and shows progress from one to the next', async () => {
    const { base, owner } = await setup();
    const first = await owner.post(`${base}/assessments`, {
      answers: { lead_handover: 'hand_picked', new_vs_returning: 'no', pipeline: 'end_to_end' },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      takenByName: 'Owner',
      answers: { lead_handover: 'hand_picked', new_vs_returning: 'no', pipeline: 'end_to_end' },
      score: { answered: 3, atOrAbove: 1, questions: 14 },
      progress: null,
    });
    expect(first.json().score.gaps).toEqual([
      { questionKey: 'new_vs_returning', answer: 'no', link: '/tracking' },
      { questionKey: 'lead_handover', answer: 'hand_picked', link: '/customers' },
    ]);

    const second = await owner.post(`${base}/assessments`, {
      answers: { lead_handover: 'defined_process', new_vs_returning: 'yes', pipeline: 'end_to_end' },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      score: { atOrAbove: 3, share: 1, gaps: [] },
      progress: { closedGaps: ['new_vs_returning', 'lead_handover'], newGaps: [] },
    });
    expect(second.json().progress.shareChange).toBeCloseTo(2 / 3);

    const list = await owner.get(`${base}/assessments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((a: { score: { share: number } }) => a.score.share)).toEqual([1, 1 / 3]);
    expect(list.json()[1].progress).toBeNull();
  });

  it('refuses unknown questions and answers naming the field, and an empty assessment', async () => {
    const { base, owner } = await setup();
    const typo = await owner.post(`${base}/assessments`, { answers: { pipline: 'none' } });
    expect(typo.statusCode).toBe(400);
    expect(JSON.stringify(typo.json().error.details)).toContain('body.answers.pipline');
    const wrong = await owner.post(`${base}/assessments`, { answers: { pipeline: 'maybe' } });
    expect(wrong.statusCode).toBe(400);
    expect(JSON.stringify(wrong.json().error.details)).toContain('body.answers.pipeline');
    const empty = await owner.post(`${base}/assessments`, { answers: {} });
    expect(empty.statusCode).toBe(400);
    const rows = await db.selectFrom('market_mirror_assessments').selectAll().execute();
    expect(rows.filter((r) => JSON.stringify(r.answers).includes('maybe'))).toEqual([]);
  });

  it('lets viewers read but not submit, and keeps workspaces apart', async () => {
    const { base, member, owner } = await setup();
    await owner.post(`${base}/assessments`, { answers: { pipeline: 'none' } });
    const viewer = await apiAs((await member('viewer')).token);
    expect((await viewer.post(`${base}/assessments`, { answers: { pipeline: 'none' } })).statusCode).toBe(
      403,
    );
    expect((await viewer.get(`${base}/assessments`)).json()).toHaveLength(1);
    const other = await setup();
    expect((await other.owner.get(`${other.base}/assessments`)).json()).toEqual([]);
    expect((await other.owner.get(`${base}/assessments`)).statusCode).toBe(404);
  });
});
