import { describe, it, expect } from 'vitest';
import { workspaceDocumentSchema } from '../../src/contract/workspaceDocument';
import type { WorkspaceDocument } from '../../src/contract/workspaceDocument';
import {
  analogTouchpoints,
  deriveMaturity,
  digitalInterfaces,
  maturityCriteria,
} from '../../src/core/catalogue';
import { aidalaModel } from '../../src/core/journeyModels';
import { schmidtDemoDocument } from '../../src/demo/schmidtDemo';

function parseDemo(): WorkspaceDocument {
  const result = workspaceDocumentSchema.safeParse(schmidtDemoDocument);
  if (!result.success) {
    throw new Error(`demo document does not parse:\n${JSON.stringify(result.error.issues, null, 2)}`);
  }
  return result.data;
}

const doc = parseDemo();
const personaRefs = new Set(doc.personas.map((p) => p.ref));
const touchpointRefs = new Set(doc.touchpoints.map((t) => t.ref));
const kpiRefs = new Set(doc.touchpoints.flatMap((t) => t.kpis.map((k) => k.ref)));
const phaseRefs = new Set(doc.journeyModels.flatMap((m) => m.phases.map((p) => `${m.ref}:${p.key}`)));
const catalogueKeys = new Set([
  ...digitalInterfaces.map((d) => d.key),
  ...analogTouchpoints.map((a) => a.key),
]);
const criterionKind = new Map(maturityCriteria.map((c) => [c.key, c.kind]));

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('Schmidt demo workspace document', () => {
  it('parses with the workspace document schema', () => {
    const result = workspaceDocumentSchema.safeParse(schmidtDemoDocument);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('is the workspace of Schmidt Dreh- und Frästechnik in German', () => {
    expect(doc.workspace).toEqual({ name: 'Schmidt Dreh- und Frästechnik GmbH', locale: 'de' });
    expect(doc.quickcheckRuns).toEqual([]);
  });

  it('has one active AIDA(LA) model with the phases of the built-in template', () => {
    expect(doc.journeyModels).toHaveLength(1);
    const model = doc.journeyModels[0];
    expect(model).toMatchObject({ ref: 'aidala', kind: 'aidala', active: true });
    expect(model?.phases).toEqual(
      aidalaModel.phases.map((p) => ({
        key: p.key,
        nameDe: p.nameDe,
        nameEn: p.nameEn,
        description: p.descriptionDe,
      })),
    );
  });

  it('uses every ref only once', () => {
    expect(duplicates(doc.personas.map((p) => p.ref))).toEqual([]);
    expect(duplicates(doc.touchpoints.map((t) => t.ref))).toEqual([]);
    expect(duplicates(doc.touchpoints.flatMap((t) => t.kpis.map((k) => k.ref)))).toEqual([]);
  });

  it('resolves every persona and phase reference of the touchpoints', () => {
    for (const tp of doc.touchpoints) {
      expect(
        tp.personas.filter((p) => !personaRefs.has(p)),
        tp.ref,
      ).toEqual([]);
      expect(
        tp.phases.filter((p) => !phaseRefs.has(p)),
        tp.ref,
      ).toEqual([]);
      expect(tp.phases.length, tp.ref).toBeGreaterThan(0);
      expect(tp.quickcheckRun, tp.ref).toBeNull();
    }
  });

  it('resolves the touchpoint and KPI references of the measures', () => {
    for (const measure of doc.measures) {
      expect(
        measure.touchpoints.filter((t) => !touchpointRefs.has(t)),
        measure.title,
      ).toEqual([]);
      if (measure.kpi !== null) expect(kpiRefs.has(measure.kpi), measure.title).toBe(true);
    }
  });

  it('resolves the persona and phase references of the content mappings', () => {
    for (const asset of doc.contentAssets) {
      for (const m of asset.mappings) {
        expect(personaRefs.has(m.persona), `${asset.title}: ${m.persona}`).toBe(true);
        expect(phaseRefs.has(m.phase), `${asset.title}: ${m.phase}`).toBe(true);
      }
    }
  });

  it('uses only catalogue keys that exist', () => {
    const unknown = doc.touchpoints
      .filter((t) => t.catalogueKey !== null && !catalogueKeys.has(t.catalogueKey))
      .map((t) => `${t.ref}: ${t.catalogueKey}`);
    expect(unknown).toEqual([]);
  });

  it('ticks only existing criteria of the touchpoint’s checklist kind', () => {
    for (const tp of doc.touchpoints) {
      if (tp.checklistKind === null) {
        expect(tp.checklist, tp.ref).toEqual([]);
        continue;
      }
      for (const key of tp.checklist)
        expect(criterionKind.get(key), `${tp.ref}: ${key}`).toBe(tp.checklistKind);
    }
  });

  it('states the maturity the ticked checklist implies', () => {
    const withChecklist = doc.touchpoints.filter((t) => t.checklistKind !== null);
    expect(withChecklist.length).toBeGreaterThan(0);
    for (const tp of withChecklist) {
      if (tp.checklistKind === null) continue;
      expect(tp.current.maturity, tp.ref).toBe(deriveMaturity(tp.checklistKind, new Set(tp.checklist)));
    }
  });

  it('has at least three active touchpoints in each of the six phases', () => {
    const active = doc.touchpoints.filter((t) => t.retired === null);
    for (const phase of aidalaModel.phases) {
      const count = active.filter((t) => t.phases.includes(`aidala:${phase.key}`)).length;
      expect(count, phase.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('links its touchpoints into journeys: trade fair to quote to order, website to call', () => {
    expect(doc.touchpointLinks.length).toBeGreaterThanOrEqual(8);
    for (const link of doc.touchpointLinks) {
      expect(touchpointRefs.has(link.from), link.from).toBe(true);
      expect(touchpointRefs.has(link.to), link.to).toBe(true);
    }
    const leadsTo = (from: string) => doc.touchpointLinks.filter((l) => l.from === from).map((l) => l.to);
    expect(leadsTo('tp-fachmesse')).toContain('tp-angebot');
    expect(leadsTo('tp-website')).toContain('tp-telefon');
    expect(leadsTo('tp-angebot-nachfassen')).toContain('tp-auftragsbestaetigung');
  });

  it('has at least two personas and at least one retired touchpoint with a reason', () => {
    expect(doc.personas.length).toBeGreaterThanOrEqual(2);
    const retired = doc.touchpoints.filter((t) => t.retired !== null);
    expect(retired.length).toBeGreaterThanOrEqual(1);
    for (const tp of retired) expect(tp.retired?.reason, tp.ref).not.toBe('');
  });
});
