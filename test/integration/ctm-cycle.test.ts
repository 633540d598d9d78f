import { describe, expect, it } from 'vitest';
import { testDb } from '../support/db';
import { apiAs } from '../support/app';
import { aWorkspace } from '../support/builders';

/** The whole CTM cycle through the API: persona -> touchpoint from the catalogue -> as-is -> target -> priority -> measure. */
describe('the CTM cycle through the API', () => {
  it('runs from persona to measure', async () => {
    const db = testDb();
    const { workspace, owner } = await aWorkspace(db);
    const api = await apiAs(owner.token);
    const base = `/workspaces/${workspace.id}`;

    const persona = await api.post(`${base}/personas`, {
      name: 'Einkäufer Sondermaschinenbau',
      role: 'Strategischer Einkauf',
      needs: ['Termintreue', 'Kurze Angebotszeiten'],
      preferredChannels: ['E-Mail', 'Messe'],
    });
    expect(persona.statusCode).toBe(201);
    const personaId = persona.json().id as string;

    const created = await api.post(`${base}/touchpoints/from-catalogue`, {
      catalogueKey: 'website',
      personaIds: [personaId],
    });
    expect(created.statusCode).toBe(201);
    const tp = created.json();
    expect(tp.name).toBe('Website');
    expect(tp.checklistKind).toBe('website');
    expect(tp.personaIds).toEqual([personaId]);
    const phaseKeys = workspace.journeyModel.phases
      .filter((p) => tp.phaseIds.includes(p.id))
      .map((p) => p.key);
    expect(phaseKeys.length).toBeGreaterThan(0);

    const asIs = await api.patch(`${base}/touchpoints/${tp.id}`, {
      currentMaturity: 'minimal',
      currentNotes: 'Seit 2015 unverändert',
      relevance: 5,
    });
    expect(asIs.statusCode).toBe(200);
    expect(asIs.json().current).toMatchObject({
      maturity: 'minimal',
      notes: 'Seit 2015 unverändert',
      assessedBy: owner.name,
    });

    const rated = await api.post(`${base}/touchpoints/${tp.id}/ratings`, {
      source: 'customer',
      score: 2,
      comment: 'Datenblätter fehlen',
    });
    expect(rated.statusCode).toBe(201);

    const target = await api.patch(`${base}/touchpoints/${tp.id}`, {
      targetMaturity: 'excellent',
      targetRating: 4.5,
      impact: 5,
      effort: 2,
    });
    expect(target.json().target).toEqual({ maturity: 'excellent', description: '', rating: 4.5 });
    expect(target.json().current.customerRating).toEqual({ average: 2, count: 1 });

    const priorities = await api.get(`${base}/priorities`);
    expect(priorities.statusCode).toBe(200);
    const row = priorities.json().touchpoints[0];
    // relevance 5 × impact 5 × (maturity gap 2 + rating gap 2.5) ÷ effort 2
    expect(row).toMatchObject({
      id: tp.id,
      maturityGap: 2,
      ratingGap: 2.5,
      priorityScore: 56.3,
      quadrant: 'quick_win',
      quickWin: true,
    });
    expect(priorities.json().quickWins.map((q: { id: string }) => q.id)).toEqual([tp.id]);

    const measure = await api.post(`${base}/measures`, {
      title: 'Produktdatenblätter als PDF auf die Website',
      owner: 'M. Schmidt',
      dueDate: '2027-01-31',
      touchpointIds: [tp.id],
      effort: 2,
      expectedImpact: 4,
    });
    expect(measure.statusCode).toBe(201);
    expect(measure.json()).toMatchObject({ status: 'planned', overdue: false, touchpointIds: [tp.id] });

    const tpMeasures = await api.get(`${base}/touchpoints/${tp.id}/measures`);
    expect(tpMeasures.json()).toHaveLength(1);
    const history = await api.get(`${base}/touchpoints/${tp.id}/history`);
    expect(history.json().map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['created', 'updated', 'rated']),
    );
  });
});
