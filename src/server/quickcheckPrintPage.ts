import type { QuickcheckRun } from '../contract/quickcheck';
import { quickcheckAnswerLabels, quickcheckAnswerLabelsEn, quickcheckQuestions } from '../core/quickcheck';
import { quickcheckPhaseNames, quickcheckReasonTexts, type QuickcheckLang } from '../services/quickcheckRuns';
import { escapeHtml, htmlDocument } from '../core/publicPage';

const printTexts = {
  de: {
    title: 'Quickcheck digitale Kundenschnittstellen',
    company: 'Unternehmen',
    run: 'Durchlauf',
    date: 'Datum',
    author: 'Durchgeführt von',
    answers: 'Ihre Antworten',
    need: 'Bedarf',
    answer: 'Antwort',
    ranking: 'Ergebnis',
    rank: 'Rang',
    interface: 'Kundenschnittstelle',
    fit: 'Passung',
    rating: 'Bewertung',
    phases: 'Phasen',
    why: 'Wichtigste Gründe',
    details: 'Empfohlene Kundenschnittstellen im Einzelnen',
    pros: 'Vorteile',
    cons: 'Nachteile',
    paysOff: 'Lohnt sich, wenn',
    hint: 'Drucken Sie diese Seite über das Druckmenü Ihres Browsers (Strg+P) als PDF.',
    footer:
      'Berechnet nach dem Quickcheck des Projekts „Digital.Verbunden.“ (Hochschule Hamm-Lippstadt): Passung = erreichte Punkte ÷ mögliche Punkte je Schnittstelle.',
  },
  en: {
    title: 'Quickcheck of digital customer interfaces',
    company: 'Company',
    run: 'Run',
    date: 'Date',
    author: 'Carried out by',
    answers: 'Your answers',
    need: 'Need',
    answer: 'Answer',
    ranking: 'Result',
    rank: 'Rank',
    interface: 'Interface',
    fit: 'Fit',
    rating: 'Rating',
    phases: 'Phases',
    why: 'Top reasons',
    details: 'Recommended interfaces in detail',
    pros: 'Pros',
    cons: 'Cons',
    paysOff: 'Pays off when',
    hint: "Print this page to PDF from your browser's print menu (Ctrl+P).",
    footer:
      'Scored by the Quickcheck of the project "Digital.Verbunden." (Hamm-Lippstadt University of Applied Sciences): fit = points reached ÷ points possible per interface.',
  },
} as const;

function formatDate(iso: string, lang: QuickcheckLang): string {
  const text = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
  return `${text} UTC`;
}

const formatPercent = (percent: number, lang: QuickcheckLang) =>
  `${lang === 'de' ? percent.toFixed(1).replace('.', ',') : percent.toFixed(1)} %`;

/**
 * A self-contained A4 page of one run (answers, ranking with labels and reasons, details of the
 * recommended interfaces) that the user prints to PDF from the browser. Every text a workspace typed is
 * escaped; the rest comes from the product.
 */
export function renderQuickcheckPrintPage(input: {
  run: QuickcheckRun;
  workspaceName: string;
  lang: QuickcheckLang;
}): string {
  const { run, workspaceName, lang } = input;
  const t = printTexts[lang];
  const e = escapeHtml;
  const list = (items: readonly string[]) =>
    `<ul>${items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`;
  const answers = quickcheckQuestions
    .map((question, q) => {
      const answer = run.answers[q];
      const label =
        answer === undefined
          ? ''
          : lang === 'de'
            ? quickcheckAnswerLabels[answer]
            : quickcheckAnswerLabelsEn[answer];
      return `<tr><td>${q + 1}</td><td>${e(lang === 'de' ? question.categoryDe : question.categoryEn)}</td><td>${e(label)}</td></tr>`;
    })
    .join('\n');
  const ranking = run.results
    .map(
      (row) =>
        `<tr class="${row.labelKey}"><td class="num">${row.rank}</td><td>${e(lang === 'de' ? row.interface : row.nameEn)}</td>` +
        `<td class="num">${formatPercent(row.percent, lang)}</td><td>${e(lang === 'de' ? row.label : row.labelEn)}</td>` +
        `<td>${e(quickcheckPhaseNames(row, lang, { short: true }).join(', '))}</td><td>${list(quickcheckReasonTexts(row, lang))}</td></tr>`,
    )
    .join('\n');
  const recommended = run.results.filter(
    (row) => row.labelKey === 'very_recommended' || row.labelKey === 'recommended',
  );
  const details = recommended
    .map(
      (row) => `<section class="detail">
<h3>${row.rank}. ${e(lang === 'de' ? row.interface : row.nameEn)} – ${formatPercent(row.percent, lang)}, ${e(lang === 'de' ? row.label : row.labelEn)}</h3>
<div class="cols"><div><h4>${t.pros}</h4>${list(row.pros[lang])}</div><div><h4>${t.cons}</h4>${list(row.cons[lang])}</div></div>
<p><strong>${t.paysOff}:</strong> ${e(row.paysOffWhen[lang])}</p>
</section>`,
    )
    .join('\n');
  const title = `${t.title} – ${workspaceName}`;
  return htmlDocument({
    lang,
    title,
    css: `  @page { size: A4; margin: 15mm 14mm; }
  body { font-family: system-ui, sans-serif; font-size: 10pt; color: #1a1a1a; line-height: 1.4; max-width: 182mm; margin: 1.5rem auto; padding: 0 1rem; }
  h1 { font-size: 16pt; margin: 0 0 .5rem; } h2 { font-size: 12.5pt; margin: 1.2rem 0 .4rem; } h3 { font-size: 11pt; margin: .8rem 0 .3rem; } h4 { font-size: 10pt; margin: .3rem 0; }
  dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0 0 .8rem; } dl.meta dt { font-weight: 600; } dl.meta dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; } th, td { text-align: left; vertical-align: top; padding: .25rem .35rem; border-bottom: 1px solid #ccc; }
  table.ranking { table-layout: fixed; } table.ranking td:last-child { font-size: 8.5pt; } td { hyphens: auto; }
  th { background: #eef2f7; } td.num, th.num { text-align: right; white-space: nowrap; }
  td ul { margin: 0; padding-left: 1rem; } tr.very_recommended td { background: #e6f4ea; } tr.recommended td { background: #f3f9f0; }
  .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; } .cols ul { margin: 0; padding-left: 1.1rem; }
  .hint { color: #555; border: 1px dashed #999; padding: .4rem .6rem; } footer { color: #555; font-size: 8.5pt; margin-top: 1.2rem; }
  tr, .detail { break-inside: avoid; } thead { display: table-header-group; }
  @media print { .hint { display: none; } body { margin: 0; padding: 0; max-width: none; } }`,
    body: `<main>
<p class="hint">${t.hint}</p>
<h1>${t.title}</h1>
<dl class="meta">
<dt>${t.company}</dt><dd>${e(workspaceName)}</dd>
${run.name ? `<dt>${t.run}</dt><dd>${e(run.name)}</dd>` : ''}
<dt>${t.date}</dt><dd>${e(formatDate(run.createdAt, lang))}</dd>
<dt>${t.author}</dt><dd>${e(run.createdByName)}</dd>
</dl>
<h2>${t.answers}</h2>
<table>
<thead><tr><th class="num">#</th><th>${t.need}</th><th>${t.answer}</th></tr></thead>
<tbody>
${answers}
</tbody>
</table>
<h2>${t.ranking}</h2>
<table class="ranking">
<colgroup><col style="width: 6%"><col style="width: 20%"><col style="width: 9%"><col style="width: 18%"><col style="width: 14%"><col style="width: 33%"></colgroup>
<thead><tr><th class="num">${t.rank}</th><th>${t.interface}</th><th class="num">${t.fit}</th><th>${t.rating}</th><th>${t.phases}</th><th>${t.why}</th></tr></thead>
<tbody>
${ranking}
</tbody>
</table>
${recommended.length ? `<h2>${t.details}</h2>\n${details}` : ''}
<footer>${t.footer}</footer>
</main>`,
  });
}
