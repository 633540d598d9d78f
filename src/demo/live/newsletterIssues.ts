import { SITE } from './settings';
import type { POSTS } from './cast';

/**
 * What the issues of the demo's newsletter "Schmidt aktuell" say. The subjects take turns between a
 * long one (with the lead article), the bare issue name and a middle one, so the subject-length
 * analysis has more than one band to compare.
 */

export interface NewsletterIssue {
  name: string;
  subject: string;
  bodyHtml: string;
  /** The lead article's page: where the newsletter's readers click. */
  articleUrl: string;
}

const INTROS = [
  'in den letzten Wochen hat sich bei uns einiges getan: Wir haben investiert, Aufträge für neue Kunden angefahren und unsere Prüfabläufe weiter verbessert.',
  'hier das Wichtigste aus Fertigung und Vertrieb in Kürze.',
  'ein kurzer Überblick, was sich bei uns in Fertigung, Qualität und Team getan hat.',
];

const SIGN_OFF =
  '<p>Viele Grüße aus der Fertigung<br>Ihr Team von Schmidt Dreh- und Frästechnik</p>' +
  '<p>Schmidt Dreh- und Frästechnik GmbH · Tel. 07123 4567-0</p>';

/**
 * The `index`-th issue (0 = the first of the period), sent at `sentAt` with `article` as its lead.
 *
 * @example newsletterIssue(1, Date.parse('2026-09-01T07:00:00Z'), POSTS[0]).subject // 'Schmidt aktuell 09/2026'
 */
export function newsletterIssue(
  index: number,
  sentAt: number,
  article: (typeof POSTS)[number],
): NewsletterIssue {
  const month = new Date(sentAt).toISOString().slice(0, 7);
  const name = `Schmidt aktuell ${month.slice(5)}/${month.slice(0, 4)}`;
  const subjects = [`${name}: ${article.title}`, name, 'Neues aus Fertigung und Qualität bei Schmidt'];
  const articleUrl = `${SITE}/aktuelles/${article.slug}`;
  const bodyHtml = [
    `<h1>${name}</h1>`,
    '<p>Hallo {{firstName|zusammen}},</p>',
    `<p>${INTROS[index % INTROS.length] ?? ''}</p>`,
    `<h2>${article.title}</h2>`,
    `<p>Was dahintersteckt und was es für Ihre Teile bedeutet, lesen Sie in unserem Beitrag. <a href="${articleUrl}">Weiterlesen</a></p>`,
    '<h2>Ihr Projekt im Blick</h2>',
    `<p>Zeichnung zur Hand? Schicken Sie sie uns, Sie bekommen innerhalb von zwei Arbeitstagen ein Angebot. <a href="${SITE}/kontakt">Zum Anfrageformular</a></p>`,
    SIGN_OFF,
  ].join('\n');
  return { name, subject: subjects[index % subjects.length] ?? name, bodyHtml, articleUrl };
}
