import type { z } from 'zod';
import type { Db } from '../db/database';
import { workspaceDocumentSchema, type WorkspaceDocument } from '../contract/workspaceDocument';
import { analogTouchpoints, digitalInterfaces, maturityCriteria } from '../core/catalogue';
import { scoreQuickcheck } from '../core/quickcheck';
import { findUnstorableInput } from '../core/unstorableInput';
import { err, ok, type Result } from '../core/result';
import type { WorkspaceContext } from './context';
import { listContentAssets } from './content';
import { listKpis, listKpiValues } from './kpis';
import { listMeasures } from './measures';
import { listPersonas } from './personas';
import { listRatings } from './ratings';
import { listTouchpointLinks } from './touchpointLinks';
import {
  editorialProblems,
  exportEditorialPlan,
  importEditorialPlan,
} from './editorialPlan/editorialTransfer';
import { exportStrategy, importStrategy, strategyProblems } from './strategy/strategyTransfer';
import { exportTracking, importTracking, trackingProblems } from './events/trackingTransfer';
import { listTouchpoints } from './touchpoints';
import { getWorkspace, insertWorkspaceRow, listJourneyModels } from './workspaces';
import type { WorkspaceImportResult } from '../contract/workspaceDocument';

export interface DocumentProblem {
  path: string;
  message: string;
}

/** Parses and cross-checks a workspace document; every problem is listed with its JSON path. */
export function validateWorkspaceDocument(input: unknown): Result<WorkspaceDocument> {
  const parsed = workspaceDocumentSchema.safeParse(input);
  if (!parsed.success)
    return err('validation_failed', 'The workspace document is not valid', {
      problems: zodProblems(parsed.error),
    });
  const unstorable = findUnstorableInput(parsed.data, { limit: 100 });
  if (unstorable.length)
    return err('validation_failed', 'The workspace document is not valid', {
      problems: unstorable.map((u) => ({ path: documentPath(u.path), message: u.reason })),
    });
  const doc = parsed.data;
  const problems: DocumentProblem[] = [];
  const unique = (items: { ref: string }[], where: string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.ref))
        problems.push({ path: `${where}[${i}].ref`, message: `duplicate ref ${item.ref}` });
      seen.add(item.ref);
    });
    return seen;
  };
  unique(doc.journeyModels, 'journeyModels');
  doc.journeyModels.forEach((m, i) => {
    const keys = new Set<string>();
    m.phases.forEach((p, j) => {
      if (keys.has(p.key))
        problems.push({
          path: `journeyModels[${i}].phases[${j}].key`,
          message: `duplicate phase key ${p.key}`,
        });
      keys.add(p.key);
    });
  });
  const personaRefs = unique(doc.personas, 'personas');
  const touchpointRefs = unique(doc.touchpoints, 'touchpoints');
  const runRefs = unique(doc.quickcheckRuns, 'quickcheckRuns');
  const kpiRefs = new Set<string>();
  const phaseRefs = new Set(doc.journeyModels.flatMap((m) => m.phases.map((p) => `${m.ref}:${p.key}`)));
  if (doc.journeyModels.filter((m) => m.active).length > 1)
    problems.push({ path: 'journeyModels', message: 'only one model can be active' });
  const catalogueKeys = new Set([
    ...digitalInterfaces.map((d) => d.key),
    ...analogTouchpoints.map((a) => a.key),
  ]);
  doc.touchpoints.forEach((t, i) => {
    const at = `touchpoints[${i}]`;
    t.phases.forEach(
      (p, j) =>
        phaseRefs.has(p) || problems.push({ path: `${at}.phases[${j}]`, message: `unknown phase ${p}` }),
    );
    t.personas.forEach(
      (p, j) =>
        personaRefs.has(p) ||
        problems.push({ path: `${at}.personas[${j}]`, message: `unknown persona ${p}` }),
    );
    if (t.catalogueKey && !catalogueKeys.has(t.catalogueKey))
      problems.push({ path: `${at}.catalogueKey`, message: `unknown catalogue entry ${t.catalogueKey}` });
    if (t.quickcheckRun && !runRefs.has(t.quickcheckRun))
      problems.push({ path: `${at}.quickcheckRun`, message: `unknown Quickcheck run ${t.quickcheckRun}` });
    t.checklist.forEach((key, j) => {
      const c = maturityCriteria.find((m) => m.key === key);
      if (!c || c.kind !== t.checklistKind)
        problems.push({
          path: `${at}.checklist[${j}]`,
          message: `${key} is not a criterion of the ${t.checklistKind ?? 'missing'} checklist`,
        });
    });
    const kpiNames = new Set<string>();
    t.kpis.forEach((k, j) => {
      if (kpiRefs.has(k.ref))
        problems.push({ path: `${at}.kpis[${j}].ref`, message: `duplicate ref ${k.ref}` });
      kpiRefs.add(k.ref);
      if (kpiNames.has(k.name))
        problems.push({
          path: `${at}.kpis[${j}].name`,
          message: `this touchpoint has a KPI named ${k.name} already`,
        });
      kpiNames.add(k.name);
    });
  });
  void touchpointRefs;
  doc.measures.forEach((m, i) => {
    m.touchpoints.forEach(
      (t, j) =>
        touchpointRefs.has(t) ||
        problems.push({ path: `measures[${i}].touchpoints[${j}]`, message: `unknown touchpoint ${t}` }),
    );
    if (m.kpi && !kpiRefs.has(m.kpi))
      problems.push({ path: `measures[${i}].kpi`, message: `unknown KPI ${m.kpi}` });
  });
  const links = new Set<string>();
  doc.touchpointLinks.forEach((l, i) => {
    const at = `touchpointLinks[${i}]`;
    if (!touchpointRefs.has(l.from))
      problems.push({ path: `${at}.from`, message: `unknown touchpoint ${l.from}` });
    if (!touchpointRefs.has(l.to)) problems.push({ path: `${at}.to`, message: `unknown touchpoint ${l.to}` });
    if (l.from === l.to) problems.push({ path: `${at}.to`, message: 'a touchpoint cannot lead to itself' });
    if (l.persona !== null && !personaRefs.has(l.persona))
      problems.push({ path: `${at}.persona`, message: `unknown persona ${l.persona}` });
    const key = JSON.stringify([l.from, l.to, l.persona]);
    if (links.has(key)) problems.push({ path: at, message: 'duplicate link' });
    links.add(key);
  });
  doc.contentAssets.forEach((a, i) =>
    a.mappings.forEach((m, j) => {
      if (!personaRefs.has(m.persona))
        problems.push({
          path: `contentAssets[${i}].mappings[${j}].persona`,
          message: `unknown persona ${m.persona}`,
        });
      if (!phaseRefs.has(m.phase))
        problems.push({
          path: `contentAssets[${i}].mappings[${j}].phase`,
          message: `unknown phase ${m.phase}`,
        });
    }),
  );
  problems.push(...strategyProblems(doc, touchpointRefs, kpiRefs));
  problems.push(...trackingProblems(doc));
  problems.push(
    ...editorialProblems(doc, { touchpoints: touchpointRefs, personas: personaRefs, phases: phaseRefs }),
  );
  return problems.length
    ? err('validation_failed', 'The workspace document is not valid', { problems })
    : ok(doc);
}

/** PostgreSQL cannot store NUL in text; lists the JSON paths of the strings that contain one. */
const documentPath = (path: PropertyKey[]) =>
  path.map((p, k) => (typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`)).join('');

function zodProblems(error: z.ZodError): DocumentProblem[] {
  return error.issues.slice(0, 100).flatMap((i) =>
    // A strict object reports unknown keys on itself; name each key, so a typo is found where it is.
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: documentPath([...i.path, key]), message: 'is not a known field' }))
      : [{ path: documentPath(i.path), message: i.message }],
  );
}

/**
 * Creates a new workspace from a document, in one transaction: on any error nothing is written.
 * `ownerUserId` becomes its owner.
 */
export async function importWorkspaceDocument(
  db: Db,
  input: unknown,
  options: { ownerUserId?: string; name?: string } = {},
): Promise<Result<WorkspaceImportResult>> {
  const valid = validateWorkspaceDocument(input);
  if (!valid.ok) return valid;
  const doc = valid.value;
  const name = options.name ?? doc.workspace.name;
  return db.transaction().execute(async (trx) => {
    const created = await insertWorkspaceRow(trx, { name, locale: doc.workspace.locale });
    if (!created) throw new Error('no free workspace address');
    const ws = created.workspace_id;
    if (options.ownerUserId)
      await trx
        .insertInto('memberships')
        .values({ workspace_id: ws, user_id: options.ownerUserId, role: 'owner' })
        .execute();

    const phaseIds = new Map<string, string>();
    // The active model is the one marked so, or the first.
    let activeModel: string | null = null;
    for (const m of doc.journeyModels) {
      const { id } = await trx
        .insertInto('journey_models')
        .values({ workspace_id: ws, kind: m.kind, name: m.name })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (m.active || activeModel === null) activeModel = id;
      const rows = await trx
        .insertInto('phases')
        .values(
          m.phases.map((p, position) => ({
            workspace_id: ws,
            journey_model_id: id,
            key: p.key,
            name_de: p.nameDe,
            name_en: p.nameEn,
            description: p.description,
            position,
          })),
        )
        .returning(['id', 'key'])
        .execute();
      for (const r of rows) phaseIds.set(`${m.ref}:${r.key}`, r.id);
    }
    await trx
      .updateTable('workspaces')
      .set({ journey_model_id: activeModel })
      .where('workspace_id', '=', ws)
      .execute();

    const personaIds = new Map<string, string>();
    for (const p of doc.personas) {
      const { id } = await trx
        .insertInto('personas')
        .values({
          workspace_id: ws,
          name: p.name,
          role: p.role,
          industry: p.industry,
          company_size: p.companySize,
          description: p.description,
          needs: JSON.stringify(p.needs),
          goals: JSON.stringify(p.goals),
          pains: JSON.stringify(p.pains),
          preferred_channels: JSON.stringify(p.preferredChannels),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      personaIds.set(p.ref, id);
    }

    const runIds = new Map<string, string>();
    for (const r of doc.quickcheckRuns) {
      const scored = scoreQuickcheck(r.answers);
      if (!scored.ok) throw new Error('validated answers failed to score');
      const { id } = await trx
        .insertInto('quickcheck_runs')
        .values({
          workspace_id: ws,
          name: r.name,
          answers: JSON.stringify(r.answers),
          results: JSON.stringify(scored.value),
          created_by: null,
          created_by_name: r.createdByName,
          ...(r.createdAt && { created_at: r.createdAt }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      runIds.set(r.ref, id);
    }

    const touchpointIds = new Map<string, string>();
    const kpiIds = new Map<string, string>();
    let ratingCount = 0;
    for (const t of doc.touchpoints) {
      const { id } = await trx
        .insertInto('touchpoints')
        .values({
          workspace_id: ws,
          name: t.name,
          catalogue_key: t.catalogueKey,
          type: t.type,
          medium: t.medium,
          directness: t.directness,
          ownership: t.ownership,
          phase_class: t.phaseClass,
          department: t.department,
          customer_view: t.customerView,
          relevance: t.relevance,
          moment_that_matters: t.momentThatMatters,
          checklist_kind: t.checklistKind,
          impact: t.impact,
          effort: t.effort,
          current_maturity: t.current.maturity,
          current_notes: t.current.notes,
          current_assessed_by: t.current.assessedBy,
          current_assessed_at: t.current.assessedAt,
          target_maturity: t.target.maturity,
          target_description: t.target.description,
          target_rating: t.target.rating,
          quickcheck_run_id: t.quickcheckRun ? (runIds.get(t.quickcheckRun) ?? null) : null,
          retired_at: t.retired?.at ?? null,
          retired_reason: t.retired?.reason ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      touchpointIds.set(t.ref, id);
      const phases = [...new Set(t.phases)];
      if (phases.length)
        await trx
          .insertInto('touchpoint_phases')
          .values(
            phases.map((p) => ({ workspace_id: ws, touchpoint_id: id, phase_id: phaseIds.get(p) as string })),
          )
          .execute();
      const personas = [...new Set(t.personas)];
      if (personas.length)
        await trx
          .insertInto('touchpoint_personas')
          .values(
            personas.map((p) => ({
              workspace_id: ws,
              touchpoint_id: id,
              persona_id: personaIds.get(p) as string,
            })),
          )
          .execute();
      const checks = [...new Set(t.checklist)];
      if (checks.length)
        await trx
          .insertInto('touchpoint_checklist')
          .values(
            checks.map((c) => ({
              workspace_id: ws,
              touchpoint_id: id,
              criterion_key: c,
              checked_by: t.current.assessedBy ?? '',
            })),
          )
          .execute();
      if (t.ratings.length) {
        ratingCount += t.ratings.length;
        await trx
          .insertInto('ratings')
          .values(
            t.ratings.map((r) => ({
              workspace_id: ws,
              touchpoint_id: id,
              source: r.source,
              score: r.score,
              comment: r.comment,
              rater_name: r.raterName,
              rated_by: null,
              rating_link_id: null,
              ...(r.createdAt && { created_at: r.createdAt }),
            })),
          )
          .execute();
      }
      for (const k of t.kpis) {
        const kpi = await trx
          .insertInto('kpis')
          .values({
            workspace_id: ws,
            touchpoint_id: id,
            name: k.name,
            unit: k.unit,
            direction: k.direction,
            target_value: k.targetValue,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        kpiIds.set(k.ref, kpi.id);
        const values = [...new Map(k.values.map((v) => [v.measuredOn, v])).values()];
        if (values.length)
          await trx
            .insertInto('kpi_values')
            .values(
              values.map((v) => ({
                workspace_id: ws,
                kpi_id: kpi.id,
                measured_on: v.measuredOn,
                value: v.value,
                source: v.source,
                note: v.note,
              })),
            )
            .execute();
      }
    }

    for (const m of doc.measures) {
      const { id } = await trx
        .insertInto('measures')
        .values({
          workspace_id: ws,
          title: m.title,
          description: m.description,
          owner: m.owner,
          due_date: m.dueDate,
          status: m.status,
          effort: m.effort,
          expected_impact: m.expectedImpact,
          kpi_id: m.kpi ? (kpiIds.get(m.kpi) ?? null) : null,
          done_at: m.status === 'done' ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tps = [...new Set(m.touchpoints)];
      if (tps.length)
        await trx
          .insertInto('measure_touchpoints')
          .values(
            tps.map((t) => ({
              workspace_id: ws,
              measure_id: id,
              touchpoint_id: touchpointIds.get(t) as string,
            })),
          )
          .execute();
    }

    for (const a of doc.contentAssets) {
      const { id } = await trx
        .insertInto('content_assets')
        .values({ workspace_id: ws, title: a.title, kind: a.kind, url: a.url, description: a.description })
        .returning('id')
        .executeTakeFirstOrThrow();
      const mappings = [...new Map(a.mappings.map((m) => [`${m.persona}|${m.phase}`, m])).values()];
      if (mappings.length)
        await trx
          .insertInto('content_asset_mappings')
          .values(
            mappings.map((m) => ({
              workspace_id: ws,
              asset_id: id,
              persona_id: personaIds.get(m.persona) as string,
              phase_id: phaseIds.get(m.phase) as string,
            })),
          )
          .execute();
    }
    // In slices: 50,000 links of five columns would pass PostgreSQL's 65,535 parameters of one statement.
    for (let i = 0; i < doc.touchpointLinks.length; i += 5000)
      await trx
        .insertInto('touchpoint_links')
        .values(
          doc.touchpointLinks.slice(i, i + 5000).map((l) => ({
            workspace_id: ws,
            from_touchpoint_id: touchpointIds.get(l.from) as string,
            to_touchpoint_id: touchpointIds.get(l.to) as string,
            persona_id: l.persona === null ? null : (personaIds.get(l.persona) as string),
            label: l.label,
          })),
        )
        .execute();
    const strategy = await importStrategy(trx, ws, doc, touchpointIds, kpiIds);
    const tracking = await importTracking(trx, ws, doc);
    const editorial = await importEditorialPlan(trx, ws, doc, {
      touchpoints: touchpointIds,
      personas: personaIds,
      phases: phaseIds,
    });
    await trx
      .insertInto('audit_log')
      .values({
        workspace_id: ws,
        entity_type: 'workspace',
        entity_id: ws,
        action: 'imported',
        actor: 'import',
        changes: JSON.stringify({ name }),
      })
      .execute();
    return ok({
      workspaceId: ws,
      counts: {
        journeyModels: doc.journeyModels.length,
        personas: doc.personas.length,
        touchpoints: doc.touchpoints.length,
        ratings: ratingCount,
        kpis: kpiIds.size,
        measures: doc.measures.length,
        contentAssets: doc.contentAssets.length,
        touchpointLinks: doc.touchpointLinks.length,
        quickcheckRuns: doc.quickcheckRuns.length,
        ...strategy,
        ...tracking,
        ...editorial,
      },
    });
  });
}

/** Writes the whole workspace as a document that `importWorkspaceDocument` reads back unchanged. */
export async function exportWorkspaceDocument(ctx: WorkspaceContext): Promise<WorkspaceDocument> {
  const ws = await getWorkspace(ctx.db, ctx.workspaceId);
  if (!ws) throw new Error('workspace vanished');
  const [models, personas, touchpoints, measures, assets, kpis, runs, links] = await Promise.all([
    listJourneyModels(ctx.db, ctx.workspaceId),
    listPersonas(ctx),
    listTouchpoints(ctx, { includeRetired: true }),
    listMeasures(ctx),
    listContentAssets(ctx),
    listKpis(ctx),
    ctx.db
      .selectFrom('quickcheck_runs')
      .selectAll()
      .where('workspace_id', '=', ctx.workspaceId)
      .orderBy('created_at')
      .execute(),
    listTouchpointLinks(ctx),
  ]);
  const phaseRef = new Map(models.flatMap((m) => m.phases.map((p) => [p.id, `${m.id}:${p.key}`] as const)));
  const out: WorkspaceDocument = {
    format: 'touchpoint.workspace',
    version: 1,
    workspace: { name: ws.name, locale: ws.locale === 'en' ? 'en' : 'de' },
    journeyModels: models.map((m) => ({
      ref: m.id,
      kind: m.kind,
      name: m.name,
      active: m.active,
      phases: m.phases.map((p) => ({
        key: p.key,
        nameDe: p.nameDe,
        nameEn: p.nameEn,
        description: p.description,
      })),
    })),
    personas: personas.map((p) => ({
      ref: p.id,
      name: p.name,
      role: p.role,
      industry: p.industry,
      companySize: p.companySize,
      description: p.description,
      needs: p.needs,
      goals: p.goals,
      pains: p.pains,
      preferredChannels: p.preferredChannels,
    })),
    quickcheckRuns: runs.map((r) => ({
      ref: r.id,
      name: r.name,
      answers: r.answers as WorkspaceDocument['quickcheckRuns'][number]['answers'],
      createdByName: r.created_by_name,
      createdAt: r.created_at.toISOString(),
    })),
    touchpoints: [],
    measures: measures.map((m) => ({
      title: m.title,
      description: m.description,
      owner: m.owner,
      dueDate: m.dueDate,
      status: m.status,
      effort: m.effort,
      expectedImpact: m.expectedImpact,
      kpi: m.kpiId,
      touchpoints: m.touchpointIds,
    })),
    contentAssets: assets.map((a) => ({
      title: a.title,
      kind: a.kind,
      url: a.url,
      description: a.description,
      mappings: a.mappings.map((m) => ({ persona: m.personaId, phase: phaseRef.get(m.phaseId) ?? '' })),
    })),
    touchpointLinks: links.map((l) => ({
      from: l.fromTouchpointId,
      to: l.toTouchpointId,
      persona: l.personaId,
      label: l.label,
    })),
    ...(await exportStrategy(ctx)),
    ...(await exportTracking(ctx)),
    ...(await exportEditorialPlan(ctx, phaseRef)),
  };
  for (const t of touchpoints) {
    const ratings = await listRatings(ctx, t.id);
    const tpKpis = kpis.filter((k) => k.touchpointId === t.id);
    const kpiDocs = [];
    for (const k of tpKpis) {
      const values = await listKpiValues(ctx, k.id);
      kpiDocs.push({
        ref: k.id,
        name: k.name,
        unit: k.unit,
        direction: k.direction,
        targetValue: k.targetValue,
        values: values.ok ? values.value : [],
      });
    }
    out.touchpoints.push({
      ref: t.id,
      name: t.name,
      catalogueKey: t.catalogueKey,
      type: t.type,
      medium: t.medium,
      directness: t.directness,
      ownership: t.ownership,
      phaseClass: t.phaseClass,
      department: t.department,
      customerView: t.customerView,
      relevance: t.relevance,
      momentThatMatters: t.momentThatMatters,
      checklistKind: t.checklistKind,
      phases: t.phaseIds.map((p) => phaseRef.get(p) ?? '').filter(Boolean),
      personas: t.personaIds,
      impact: t.impact,
      effort: t.effort,
      current: {
        maturity: t.current.maturity,
        notes: t.current.notes,
        assessedBy: t.current.assessedBy,
        assessedAt: t.current.assessedAt,
      },
      target: { maturity: t.target.maturity, description: t.target.description, rating: t.target.rating },
      checklist: t.checklist.checkedKeys,
      retired: t.retiredAt ? { at: t.retiredAt, reason: t.retiredReason ?? '' } : null,
      ratings: (ratings.ok ? ratings.value : []).map((r) => ({
        source: r.source,
        score: r.score,
        comment: r.comment,
        raterName: r.raterName,
        createdAt: r.createdAt,
      })),
      kpis: kpiDocs,
      quickcheckRun: t.quickcheckRunId,
    });
  }
  return out;
}
