import type { QuickcheckResultRowView, QuickcheckRun } from '../../contract/quickcheck';
import { LIST_SEPARATOR } from '../../core/csv/safeCell';
import { aidalaModel } from '../../core/journeyModels';
import { quickcheckAnswerLabels, quickcheckAnswerLabelsEn } from '../../core/quickcheck';
import { ok, type Result } from '../../core/result';
import type { WorkspaceContext } from '../context';
import { toCsv } from '../csvTable';
import { getQuickcheckRun } from './quickcheckRunStore';

/** The language of a Quickcheck's texts: the workspace's, unless asked for the other. */
export type QuickcheckLang = 'de' | 'en';

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
