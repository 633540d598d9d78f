import { escapeHtml } from '../publicPage';
import { renderMergeFields, type MergeProfile } from './mergeFields';
import { rewriteHtmlLinks, rewriteTextLinks } from './links';
import { verpAddress } from './verp';

export interface MailingContent {
  subject: string;
  bodyHtml: string;
  bodyText: string;
  /** The mailing's frozen link list (see `extractLinks`). */
  links: readonly string[];
}

export interface ComposeOptions {
  /** Public address of the server without a trailing slash, e.g. `https://touchpoint.example.com`. */
  baseUrl: string;
  token: string;
  profile: MergeProfile;
  locale: 'de' | 'en';
  /** The workspace's bounce address; empty: no mailto unsubscribe. */
  bounceAddress: string;
}

export interface ComposedMessage {
  subject: string;
  html: string | null;
  text: string | null;
  headers: Record<string, string>;
}

export const trackingUrls = (baseUrl: string, token: string) => ({
  click: (index: number) => `${baseUrl}/e/c/${token}?l=${index}`,
  open: `${baseUrl}/e/o/${token}.gif`,
  unsubscribe: `${baseUrl}/e/u/${token}`,
  preferences: `${baseUrl}/e/p/${token}`,
});

const FOOTER = {
  de: {
    lead: 'Sie erhalten diese E-Mail, weil Sie in unserem Verteiler sind.',
    link: 'Abmelden oder Einstellungen ändern',
  },
  en: {
    lead: 'You receive this e-mail because you are on our mailing list.',
    link: 'Unsubscribe or change your preferences',
  },
} as const;

/**
 * One recipient's message: merge fields filled, links pointed at the click redirect, the open pixel and
 * a visible unsubscribe/preference link added, and the one-click unsubscribe headers of RFC 8058.
 * @example composeMessage({ subject: 'Hallo {{firstName}}', bodyHtml: '', bodyText: 'Hi', links: [] },
 *   { baseUrl: 'https://t.example', token: 'ab', profile, locale: 'de', bounceAddress: '' }).headers
 * // { 'List-Unsubscribe': '<https://t.example/e/u/ab>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
 */
export function composeMessage(content: MailingContent, o: ComposeOptions): ComposedMessage {
  const urls = trackingUrls(o.baseUrl, o.token);
  const footer = FOOTER[o.locale];

  let html: string | null = null;
  if (content.bodyHtml.trim() !== '') {
    const body = renderMergeFields(
      rewriteHtmlLinks(content.bodyHtml, content.links, urls.click),
      o.profile,
      'html',
    );
    const additions =
      `<p style="font-size:12px;color:#666666">${escapeHtml(footer.lead)} ` +
      `<a href="${urls.preferences}">${escapeHtml(footer.link)}</a></p>` +
      `<img src="${urls.open}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">`;
    const close = body.search(/<\/body>/i);
    html = close < 0 ? body + additions : body.slice(0, close) + additions + body.slice(close);
  }

  let text: string | null = null;
  if (content.bodyText.trim() !== '') {
    const body = renderMergeFields(
      rewriteTextLinks(content.bodyText, content.links, urls.click),
      o.profile,
      'text',
    );
    text = `${body.replace(/\s+$/, '')}\n\n-- \n${footer.lead}\n${footer.link}: ${urls.preferences}\n`;
  }

  const unsubscribeTargets = [`<${urls.unsubscribe}>`];
  if (o.bounceAddress !== '')
    unsubscribeTargets.push(`<mailto:${verpAddress(o.bounceAddress, 'u', o.token)}?subject=unsubscribe>`);

  return {
    subject: renderMergeFields(content.subject, o.profile, 'text'),
    html,
    text,
    headers: {
      'List-Unsubscribe': unsubscribeTargets.join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
