import { z } from 'zod';
import type { Selectable } from 'kysely';
import type { QuickcheckRunsTable } from '../../db/schema';
import {
  quickcheckScoredRowSchema,
  type QuickcheckResultRowView,
  type QuickcheckRun,
} from '../../contract/quickcheck';
import { findDigitalInterface } from '../../core/catalogue';
import {
  quickcheckAnswerSchema,
  quickcheckLabels,
  quickcheckQuestionCount,
  scoreQuickcheck,
  type QuickcheckResultRow,
} from '../../core/quickcheck';

const storedAnswersSchema = z.array(quickcheckAnswerSchema).length(quickcheckQuestionCount);
const storedResultsSchema = z.array(quickcheckScoredRowSchema);
const labelEnOf = new Map(quickcheckLabels.map((label) => [label.key, label.labelEn]));

/** Adds what the catalogue says about the interface of a scored row. */
export function withCatalogue(row: QuickcheckResultRow): QuickcheckResultRowView {
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

export function toRun(r: Selectable<QuickcheckRunsTable>): QuickcheckRun {
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
