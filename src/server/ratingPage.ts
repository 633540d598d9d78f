import { escapeHtml, renderPublicPage } from '../core/publicPage';
import type { PublicRatingPage } from '../services/ratings';

const texts = {
  de: {
    title: 'Ihre Bewertung',
    intro: 'Wie zufrieden waren Sie mit diesem Kontaktpunkt?',
    scores: ['sehr unzufrieden', 'unzufrieden', 'neutral', 'zufrieden', 'sehr zufrieden'],
    comment: 'Was können wir besser machen? (freiwillig)',
    submit: 'Bewertung senden',
    thanks: 'Vielen Dank! Ihre Bewertung ist angekommen.',
    used: 'Über diesen Link wurde bereits bewertet. Vielen Dank!',
    expired: 'Dieser Bewertungslink ist abgelaufen.',
    revoked: 'Dieser Bewertungslink ist nicht mehr gültig.',
    missing: 'Diesen Bewertungslink gibt es nicht.',
    scoreError: 'Bitte wählen Sie eine Bewertung von 1 bis 5.',
    privacy: 'Ihre Bewertung wird ohne Ihren Namen gespeichert.',
  },
  en: {
    title: 'Your rating',
    intro: 'How satisfied were you with this touchpoint?',
    scores: ['very dissatisfied', 'dissatisfied', 'neutral', 'satisfied', 'very satisfied'],
    comment: 'What could we do better? (optional)',
    submit: 'Send rating',
    thanks: 'Thank you! Your rating has been received.',
    used: 'This link has been used already. Thank you!',
    expired: 'This rating link has expired.',
    revoked: 'This rating link is no longer valid.',
    missing: 'This rating link does not exist.',
    scoreError: 'Please choose a rating from 1 to 5.',
    privacy: 'Your rating is stored without your name.',
  },
} as const;

export function renderRatingPage(input: {
  lang: 'de' | 'en';
  token: string;
  page: PublicRatingPage | null;
  submitted: boolean;
  error: 'score' | null;
}): string {
  const t = texts[input.lang];
  const { page } = input;
  let body: string;
  if (!page) body = `<p role="alert">${t.missing}</p>`;
  else if (input.submitted) body = `<p role="status">${t.thanks}</p>`;
  else if (page.state !== 'open') body = `<p role="status">${t[page.state]}</p>`;
  else
    body = `
      <p>${t.intro}</p>
      ${page.customerView ? `<p class="view">${escapeHtml(page.customerView)}</p>` : ''}
      <form method="post" action="/r/${escapeHtml(input.token)}">
        <input type="hidden" name="lang" value="${input.lang}">
        <fieldset>
          <legend>${t.intro}</legend>
          ${input.error ? `<p role="alert" class="error">${t.scoreError}</p>` : ''}
          ${t.scores
            .map(
              (label, i) =>
                `<label class="score"><input type="radio" name="score" value="${i + 1}" required> <span>${i + 1}</span> ${label}</label>`,
            )
            .join('\n')}
        </fieldset>
        <label for="comment">${t.comment}</label>
        <textarea id="comment" name="comment" maxlength="5000" rows="4"></textarea>
        <p class="hint">${t.privacy}</p>
        <button type="submit">${t.submit}</button>
      </form>`;
  return renderPublicPage({
    lang: input.lang,
    title: page ? `${t.title} – ${page.workspaceName}` : t.title,
    heading: page ? page.touchpointName : t.title,
    subtitle: page?.workspaceName,
    css: `
  .view { color: #444; border-left: 3px solid #0b5cad; padding-left: .75rem; }
  fieldset { border: 1px solid #999; border-radius: 6px; padding: .75rem; margin: 1rem 0; }
  .score { display: block; padding: .35rem 0; } .score span { font-weight: 600; }
  textarea { width: 100%; box-sizing: border-box; font: inherit; }
  button { margin-top: 1rem; }
  .error { color: #a00000; } .hint { color: #555; font-size: .9rem; }`,
    body,
  });
}
