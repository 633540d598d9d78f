import { escapeHtml } from './mergeFields';

/** What the recipient behind a mail's token sees on the preference page (`/e/p/:token`). */
export interface PreferencePageInput {
  lang: 'de' | 'en';
  token: string;
  /** null: the token is unknown. */
  page: { workspaceName: string; email: string; subscribed: boolean } | null;
  /** What just happened, after a form post or a one-click unsubscribe. */
  done: 'unsubscribed' | 'resubscribed' | null;
}

const texts = {
  de: {
    title: 'E-Mail-Einstellungen',
    subscribed: 'Sie erhalten unsere E-Mails an',
    unsubscribedState: 'Sie sind abgemeldet und erhalten keine E-Mails mehr an',
    unsubscribe: 'Abmelden',
    resubscribe: 'Wieder anmelden',
    unsubscribed: 'Sie sind abgemeldet. Wir senden Ihnen keine E-Mails mehr.',
    resubscribed: 'Sie sind wieder angemeldet.',
    missing: 'Diesen Link gibt es nicht.',
  },
  en: {
    title: 'E-mail preferences',
    subscribed: 'You receive our e-mails at',
    unsubscribedState: 'You are unsubscribed and no longer receive e-mails at',
    unsubscribe: 'Unsubscribe',
    resubscribe: 'Subscribe again',
    unsubscribed: 'You are unsubscribed. We will not send you any more e-mails.',
    resubscribed: 'You are subscribed again.',
    missing: 'This link does not exist.',
  },
} as const;

/**
 * A small page without JavaScript or cookies: the recipient's state and one button to change it.
 * @example renderPreferencePage({ lang: 'en', token: 'ab', page: null, done: null }) // '<!doctype html>…'
 */
export function renderPreferencePage(input: PreferencePageInput): string {
  const t = texts[input.lang];
  const { page } = input;
  let body: string;
  if (!page) body = `<p role="alert">${t.missing}</p>`;
  else {
    const notice = input.done ? `<p role="status"><strong>${t[input.done]}</strong></p>` : '';
    const state = page.subscribed ? t.subscribed : t.unsubscribedState;
    const action = page.subscribed ? 'unsubscribe' : 'resubscribe';
    body = `${notice}
      <p>${state} <strong>${escapeHtml(page.email)}</strong>.</p>
      <form method="post" action="/e/p/${escapeHtml(input.token)}">
        <input type="hidden" name="action" value="${action}">
        <input type="hidden" name="lang" value="${input.lang}">
        <button type="submit">${t[action]}</button>
      </form>`;
  }
  return `<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title}${page ? ` – ${escapeHtml(page.workspaceName)}` : ''}</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
  h1 { font-size: 1.5rem; }
  button { font: inherit; padding: .6rem 1.2rem; background: #0b5cad; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
  button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
${page ? `<p>${escapeHtml(page.workspaceName)}</p>` : ''}
${body}
</main>
</body>
</html>`;
}
