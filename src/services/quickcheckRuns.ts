import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { QuickcheckRunsTable } from '../db/schema';
import {
  quickcheckScoredRowSchema,
  type QuickcheckAdoptInput,
  type QuickcheckAdoptResult,
  type QuickcheckComparison,
  type QuickcheckResultRowView,
  type QuickcheckRun,
  type QuickcheckRunInput,
  type QuickcheckRunSummary,
} from '../contract/quickcheck';
import type { Touchpoint } from '../contract/touchpoints';
import { findDigitalInterface } from '../core/catalogue';
import { LIST_SEPARATOR } from '../core/csv/safeCell';
import { aidalaModel } from '../core/journeyModels';
import {
  compareQuickcheckRuns,
  quickcheckAnswerLabels,
  quickcheckAnswerLabelsEn,
  quickcheckAnswerSchema,
  quickcheckInterfaces,
  quickcheckLabels,
  quickcheckQuestionCount,
  quickcheckQuestions,
  scoreQuickcheck,
  type QuickcheckInterface,
  type QuickcheckLabelKey,
  type QuickcheckResultRow,
} from '../core/quickcheck';
import { err, ok, type DomainError, type Result } from '../core/result';
import { inTransaction } from '../db/transaction';
import { recordHistory } from './audit';
import type { WorkspaceContext } from './context';
import { toCsv } from './csvTable';
import { createTouchpointFromCatalogue } from './touchpoints';
import { deleteWithHistory } from './deleteWithHistory';
import type { Deleted } from '../contract/common';

export type QuickcheckLang = 'de' | 'en';

const storedAnswersSchema = z.array(quickcheckAnswerSchema).length(quickcheckQuestionCount);
const storedResultsSchema = z.array(quickcheckScoredRowSchema);
const labelEnOf = new Map(quickcheckLabels.map((label) => [label.key, label.labelEn]));

/** Adds what the catalogue says about the interface of a scored row. */
function withCatalogue(row: QuickcheckResultRow): QuickcheckResultRowView {
  const entry = findDigitalInterface(row.interface);
  // The catalogue spells every Quickcheck interface as the weights do (test/unit/catalogue.test.ts).
  if (!entry) throw new Error(`Quickcheck interface ${row.interface} is not in the catalogue`);
  return {
    ...row,
    labelEn: labelEnOf.get(row.labelKey) ?? row.label,
    key: entry.key,
    nameEn: entry.nameEn,
    phases: [...entry.phases],
    pros: { de: [...entry.prosDe], en: [...entry.prosEn] },
    cons: { de: [...entry.consDe], en: [...entry.consEn] },
    paysOffWhen: { de: entry.paysOffWhenDe, en: entry.paysOffWhenEn },
  };
}

function toRun(r: Selectable<QuickcheckRunsTable>): QuickcheckRun {
  const answers = storedAnswersSchema.parse(r.answers);
  const stored = storedResultsSchema.safeParse(r.results);
  // Rows saved in an older shape are scored again from the answers, which are the record of the run.
  const rescored = stored.success ? null : scoreQuickcheck(answers);
  if (rescored && !rescored.ok) throw new Error(`Quickcheck run ${r.id} has answers that do not score`);
  const rows = stored.success ? stored.data : (rescored?.value ?? []);
  return {
    id: r.id,
    name: r.name,
    answers,
    results: rows.map(withCatalogue),
    createdAt: r.created_at.toISOString(),
    createdByName: r.created_by_name,
  };
}

/**
 * Scores a Quickcheck and saves it in the workspace with its author and date.
 *
 * @example
 * const run = await runQuickcheck(ctx, { answers: Array(14).fill('wichtig'), name: 'Workshop März' });
 * // run.value.results[0] → { rank: 1, interface: ..., percent: ..., label: ..., key: ..., phases: [...] }
 */
export async function runQuickcheck(
  ctx: WorkspaceContext,
  input: QuickcheckRunInput,
): Promise<Result<QuickcheckRun>> {
  const scored = scoreQuickcheck(input.answers);
  if (!scored.ok)
    return { ok: false, error: { ...scored.error, details: { field: 'answers', ...scored.error.details } } };
  const row = await inTransaction(ctx.db, async (trx) => {
    const inserted = await trx
      .insertInto('quickcheck_runs')
      .values({
        workspace_id: ctx.workspaceId,
        name: input.name ?? '',
        answers: JSON.stringify(input.answers),
        results: JSON.stringify(scored.value),
        created_by: ctx.actor.userId,
        created_by_name: ctx.actor.label,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordHistory(
      ctx,
      {
        entityType: 'quickcheck_run',
        entityId: inserted.id,
        action: 'created',
        changes: { name: inserted.name },
      },
      trx,
    );
    return inserted;
  });
  return ok(toRun(row));
}

/** The saved runs of the workspace, newest first, each with its best three interfaces. */
export async function listQuickcheckRuns(ctx: WorkspaceContext): Promise<QuickcheckRunSummary[]> {
  const rows = await ctx.db
    .selectFrom('quickcheck_runs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const run = toRun(r);
    const labelCounts = Object.fromEntries(quickcheckLabels.map((label) => [label.key, 0])) as Record<
      QuickcheckLabelKey,
      number
    >;
    for (const result of run.results) labelCounts[result.labelKey] += 1;
    return {
      id: run.id,
      name: run.name,
      createdAt: run.createdAt,
      createdByName: run.createdByName,
      top: run.results.slice(0, 3).map((result) => ({
        rank: result.rank,
        interface: result.interface,
        percent: result.percent,
        label: result.label,
      })),
      labelCounts,
    };
  });
}

export async function getQuickcheckRun(ctx: WorkspaceContext, id: string): Promise<Result<QuickcheckRun>> {
  const row = await ctx.db
    .selectFrom('quickcheck_runs')
    .selectAll()
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? ok(toRun(row)) : err('not_found', 'Quickcheck run not found', { id });
}

/** Deletes a run; touchpoints adopted from it stay and lose their link to it. */
export async function deleteQuickcheckRun(ctx: WorkspaceContext, id: string): Promise<Result<Deleted>> {
  return deleteWithHistory(ctx, 'quickcheck_runs', id, 'Quickcheck run');
}

/**
 * Compares a run with an earlier one: the answers that differ and how each interface moved, in the order
 * of the later ranking (see `compareQuickcheckRuns`).
 */
export async function compareWithRun(
  ctx: WorkspaceContext,
  id: string,
  earlierId: string,
): Promise<Result<QuickcheckComparison>> {
  const [later, earlier] = await Promise.all([getQuickcheckRun(ctx, id), getQuickcheckRun(ctx, earlierId)]);
  if (!later.ok) return later;
  if (!earlier.ok)
    return err('not_found', 'The run to compare with was not found', { field: 'with', id: earlierId });
  const catalogue = new Map(later.value.results.map((row) => [row.interface, row]));
  const reference = (run: QuickcheckRun) => ({
    id: run.id,
    name: run.name,
    createdAt: run.createdAt,
    createdByName: run.createdByName,
  });
  return ok({
    run: reference(later.value),
    earlier: reference(earlier.value),
    answerChanges: quickcheckQuestions.flatMap((question, q) => {
      const before = earlier.value.answers[q];
      const after = later.value.answers[q];
      return before === undefined || after === undefined || before === after
        ? []
        : [
            {
              questionKey: question.key,
              categoryDe: question.categoryDe,
              categoryEn: question.categoryEn,
              before,
              after,
            },
          ];
    }),
    rows: compareQuickcheckRuns(earlier.value.results, later.value.results).map((row) => {
      const entry = catalogue.get(row.interface);
      return { ...row, key: entry?.key ?? '', nameEn: entry?.nameEn ?? row.interface };
    }),
  });
}

const phaseName = new Map(aidalaModel.phases.map((phase) => [phase.key, phase]));

/**
 * The AIDA(LA) phase names of a result row in the language asked for: "Desire – Anbieterselektionsphase",
 * or just "Desire" when `short`.
 */
export function quickcheckPhaseNames(
  row: QuickcheckResultRowView,
  lang: QuickcheckLang,
  options: { short?: boolean } = {},
): string[] {
  return row.phases.map((key) => {
    const phase = phaseName.get(key);
    const name = phase ? (lang === 'de' ? phase.nameDe : phase.nameEn) : key;
    return options.short ? (name.split(' – ')[0] ?? name) : name;
  });
}

/** "Reichweite: sehr wichtig (+18)": the answers that gave a row the most points. */
export function quickcheckReasonTexts(row: QuickcheckResultRowView, lang: QuickcheckLang): string[] {
  return row.why.map((reason) =>
    lang === 'de'
      ? `${reason.categoryDe}: ${quickcheckAnswerLabels[reason.answer]} (+${reason.contribution} Punkte)`
      : `${reason.categoryEn}: ${quickcheckAnswerLabelsEn[reason.answer]} (+${reason.contribution} points)`,
  );
}

const csvHeadings = {
  de: ['Rang', 'Kundenschnittstelle', 'Passung (%)', 'Bewertung', 'Phasen', 'Wichtigste Gründe'],
  en: ['Rank', 'Interface', 'Fit (%)', 'Rating', 'Phases', 'Top reasons'],
} as const;

async function workspaceLang(ctx: WorkspaceContext): Promise<QuickcheckLang> {
  const ws = await ctx.db
    .selectFrom('workspaces')
    .select('locale')
    .where('workspace_id', '=', ctx.workspaceId)
    .executeTakeFirst();
  return ws?.locale === 'en' ? 'en' : 'de';
}

/**
 * The ranking of a run as CSV: rank, interface, percent (one decimal, decimal point), label, AIDA(LA)
 * phases and the top reasons, `|`-separated. The language defaults to the workspace's.
 */
export async function quickcheckRunCsv(
  ctx: WorkspaceContext,
  id: string,
  lang?: QuickcheckLang,
): Promise<Result<{ csv: string; filename: string }>> {
  const run = await getQuickcheckRun(ctx, id);
  if (!run.ok) return run;
  const language = lang ?? (await workspaceLang(ctx));
  const columns = csvHeadings[language];
  const [rank, name, percent, label, phases, reasons] = columns;
  const separator = ` ${LIST_SEPARATOR} `;
  const csv = toCsv(
    columns,
    run.value.results.map((row) => ({
      [rank]: row.rank,
      [name]: language === 'de' ? row.interface : row.nameEn,
      [percent]: row.percent.toFixed(1),
      [label]: language === 'de' ? row.label : row.labelEn,
      [phases]: quickcheckPhaseNames(row, language).join(separator),
      [reasons]: quickcheckReasonTexts(row, language).join(separator),
    })),
  );
  return ok({ csv, filename: `quickcheck-${run.value.createdAt.slice(0, 10)}.csv` });
}

/** What the printable page of a run needs: the run and the workspace (company) it belongs to. */
export async function getQuickcheckRunReport(
  ctx: WorkspaceContext,
  id: string,
  lang?: QuickcheckLang,
): Promise<Result<{ run: QuickcheckRun; workspaceName: string; lang: QuickcheckLang }>> {
  const run = await getQuickcheckRun(ctx, id);
  if (!run.ok) return run;
  const ws = await ctx.db
    .selectFrom('workspaces')
    .select(['name', 'locale'])
    .where('workspace_id', '=', ctx.workspaceId)
    .executeTakeFirstOrThrow();
  return ok({ run: run.value, workspaceName: ws.name, lang: lang ?? (ws.locale === 'en' ? 'en' : 'de') });
}

/** Thrown inside the adoption transaction to roll it back; caught and returned as a value. */
class AdoptionFailed extends Error {
  constructor(readonly domainError: DomainError) {
    super(domainError.message);
  }
}

function chooseRows(
  run: QuickcheckRun,
  wanted: readonly string[] | undefined,
): Result<QuickcheckResultRowView[]> {
  if (wanted === undefined) return ok(run.results.filter((row) => row.labelKey === 'very_recommended'));
  const chosen = new Map<string, QuickcheckResultRowView>();
  const unknown: string[] = [];
  for (const name of wanted) {
    const byName = run.results.find((row) => row.interface === name);
    const entry = byName ? undefined : findDigitalInterface(name);
    const row = byName ?? run.results.find((r) => r.key === entry?.key);
    if (row) chosen.set(row.key, row);
    else unknown.push(name);
  }
  if (unknown.length)
    return err('validation_failed', `Unknown interface: ${unknown.join(', ')}`, {
      field: 'interfaces',
      unknown,
      allowed: quickcheckInterfaces,
    });
  return ok([...chosen.values()].sort((a, b) => a.rank - b.rank));
}

/**
 * Adds recommended interfaces of a run to the touchpoint inventory as target touchpoints: phases from
 * the catalogue, current maturity "none", the given target maturity (default "good") and a link to the
 * run. By default every "Sehr empfehlenswert" interface; interfaces that already have an active
 * touchpoint with the same catalogue key are skipped. All or nothing: on any error nothing is written.
 *
 * @example
 * await adoptRecommendations(ctx, runId, {});
 * // { ok: true, value: { created: [Touchpoint, ...], skipped: ['Website'] } }
 * await adoptRecommendations(ctx, runId, { interfaces: ['Fax'] });
 * // { ok: false, error: { code: 'validation_failed', message: 'Unknown interface: Fax', ... } }
 */
export async function adoptRecommendations(
  ctx: WorkspaceContext,
  id: string,
  input: QuickcheckAdoptInput,
): Promise<Result<QuickcheckAdoptResult>> {
  const run = await getQuickcheckRun(ctx, id);
  if (!run.ok) return run;
  const chosen = chooseRows(run.value, input.interfaces);
  if (!chosen.ok) return chosen;
  const targetMaturity = input.targetMaturity ?? 'good';
  try {
    const value = await inTransaction(ctx.db, async (trx) => {
      const tctx: WorkspaceContext = { ...ctx, db: trx };
      // Two adoptions of the same run wait for each other instead of both creating the same touchpoints.
      await trx
        .selectFrom('quickcheck_runs')
        .select('id')
        .where('workspace_id', '=', ctx.workspaceId)
        .where('id', '=', id)
        .forUpdate()
        .execute();
      const keys = chosen.value.map((row) => row.key);
      const existing = keys.length
        ? await trx
            .selectFrom('touchpoints')
            .select('catalogue_key')
            .where('workspace_id', '=', ctx.workspaceId)
            .where('retired_at', 'is', null)
            .where('catalogue_key', 'in', keys)
            .execute()
        : [];
      const present = new Set(existing.map((t) => t.catalogue_key));
      const created: Touchpoint[] = [];
      const skipped: QuickcheckInterface[] = [];
      for (const row of chosen.value) {
        if (present.has(row.key)) {
          skipped.push(row.interface);
          continue;
        }
        const result = await createTouchpointFromCatalogue(tctx, {
          catalogueKey: row.key,
          quickcheckRunId: id,
          targetMaturity,
          ...(input.personaIds && { personaIds: input.personaIds }),
        });
        if (!result.ok) throw new AdoptionFailed(result.error);
        created.push(result.value);
      }
      await recordHistory(
        tctx,
        {
          entityType: 'quickcheck_run',
          entityId: id,
          action: 'adopted',
          changes: { created: created.map((t) => t.name), skipped, targetMaturity },
        },
        trx,
      );
      return { created, skipped };
    });
    return ok(value);
  } catch (error) {
    if (error instanceof AdoptionFailed) return { ok: false, error: error.domainError };
    throw error;
  }
}
