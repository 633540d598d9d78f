import { Command, Option } from 'commander';
import {
  parseAnswerList,
  quickcheckAnswerLabelsEn,
  quickcheckAnswerValues,
  quickcheckLabels,
  quickcheckQuestions,
  scoreQuickcheck,
  type QuickcheckLabelKey,
  type QuickcheckResultRow,
} from '../../core/quickcheck';
import { CliError, type CliIo } from '../io';

type Format = 'table' | 'json';
type Lang = 'de' | 'en';

interface QuickcheckOptions {
  answers?: string;
  questions?: boolean;
  format: Format;
  lang: Lang;
}

const headings: Record<Lang, { rank: string; interface: string; percent: string; label: string }> = {
  de: { rank: 'Rang', interface: 'Kundenschnittstelle', percent: 'Passung', label: 'Bewertung' },
  en: { rank: 'Rank', interface: 'Interface', percent: 'Fit', label: 'Rating' },
};

const englishLabel = Object.fromEntries(
  quickcheckLabels.map((label) => [label.key, label.labelEn]),
) as Record<QuickcheckLabelKey, string>;

function formatPercent(percent: number, lang: Lang): string {
  const text = `${percent.toFixed(1)} %`;
  return lang === 'de' ? text.replace('.', ',') : text;
}

function renderTable(rows: readonly QuickcheckResultRow[], lang: Lang): string {
  const head = headings[lang];
  const cells = rows.map((row) => [
    String(row.rank),
    row.interface,
    formatPercent(row.percent, lang),
    lang === 'de' ? row.label : englishLabel[row.labelKey],
  ]);
  const all = [[head.rank, head.interface, head.percent, head.label], ...cells];
  const width = (column: number) => Math.max(...all.map((line) => line[column]?.length ?? 0));
  const widths = [0, 1, 2, 3].map(width);
  // Rank and percent are right-aligned so the numbers line up.
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => {
        const size = widths[column] ?? 0;
        return column === 0 || column === 2 ? value.padStart(size) : value.padEnd(size);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  return [line(all[0] ?? []), rule, ...cells.map(line)].join('\n') + '\n';
}

function renderQuestions(lang: Lang): string {
  const allowed =
    lang === 'de'
      ? quickcheckAnswerValues.join(', ')
      : quickcheckAnswerValues.map((value) => `${value} (${quickcheckAnswerLabelsEn[value]})`).join(', ');
  const intro =
    lang === 'de'
      ? `Quickcheck: ${quickcheckQuestions.length} Fragen. Antworten Sie auf jede mit einem dieser Werte:`
      : `Quickcheck: ${quickcheckQuestions.length} questions. Answer each with one of these values:`;
  const questions = quickcheckQuestions.map((question, index) => {
    const number = `${String(index + 1).padStart(2)}.`;
    const [category, text, explanation] =
      lang === 'de'
        ? [question.categoryDe, question.questionDe, question.explanationDe]
        : [question.categoryEn, question.questionEn, question.explanationEn];
    return `${number} ${category}\n    ${text}\n    ${explanation}`;
  });
  const usage =
    lang === 'de'
      ? 'Dann, die Antworten in der Reihenfolge der Fragen:'
      : 'Then give the answers in the order of the questions:';
  return [
    intro,
    `    ${allowed}`,
    '',
    ...questions.map((question) => `${question}\n`),
    usage,
    '    touchpoint quickcheck --answers A1,A2,...,A14',
    '',
  ].join('\n');
}

const toJson = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function run(io: CliIo, options: QuickcheckOptions): void {
  if (options.questions) {
    io.out(
      options.format === 'json'
        ? toJson({ allowedAnswers: quickcheckAnswerValues, questions: quickcheckQuestions })
        : renderQuestions(options.lang),
    );
    return;
  }
  if (options.answers === undefined) {
    throw new CliError(
      `quickcheck: give --answers with ${quickcheckQuestions.length} comma-separated values (${quickcheckAnswerValues.join(', ')}), or run with --questions to see the questions.`,
    );
  }
  const parsed = parseAnswerList(options.answers);
  if (!parsed.ok) {
    // A wrong count has no position: tell the user what to fill in.
    const hint =
      parsed.error.details?.position === undefined
        ? ` Allowed values: ${quickcheckAnswerValues.join(', ')}; see the questions with --questions.`
        : '';
    throw new CliError(`quickcheck --answers: ${parsed.error.message}${hint}`);
  }
  const scored = scoreQuickcheck(parsed.value);
  if (!scored.ok) throw new CliError(`quickcheck: ${scored.error.message}`);
  io.out(options.format === 'json' ? toJson(scored.value) : renderTable(scored.value, options.lang));
}

/**
 * `touchpoint quickcheck`: scores the 14 answers of the Quickcheck for digital customer interfaces
 * offline (no server, no database) and prints the 23 interfaces best first.
 *
 * @example
 * touchpoint quickcheck --questions --lang en
 * touchpoint quickcheck --answers wichtig,weniger-wichtig,sehr-wichtig,...(14 values) --format json
 */
export function quickcheckCommand(io: CliIo): Command {
  return (
    new Command('quickcheck')
      .description(
        'Which digital customer interfaces fit your needs? Scores the 14 answers of the Quickcheck.',
      )
      .option('--answers <list>', `${quickcheckQuestions.length} comma-separated answers, in question order`)
      .addOption(
        new Option('--questions', 'print the questions and the allowed answers').conflicts('answers'),
      )
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .addOption(
        new Option('--lang <lang>', 'language of headings and questions').choices(['de', 'en']).default('de'),
      )
      // addCommand() does not pass the program's settings on: errors and help must go through `io` too.
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: () => undefined })
      .action((options: QuickcheckOptions) => run(io, options))
  );
}
