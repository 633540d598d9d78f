import { escapeHtml, renderPublicPage } from '../publicPage';

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
  return renderPublicPage({
    lang: input.lang,
    title: page ? `${t.title} – ${page.workspaceName}` : t.title,
    heading: t.title,
    subtitle: page?.workspaceName,
    body,
  });
}
