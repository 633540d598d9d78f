/**
 * Click tracking rewrites every http(s) link of a mailing to `/e/c/<token>?l=<index>`. The redirect
 * looks the index up in the mailing's own link list, so it can only lead to URLs that were in the body:
 * the redirect endpoint is not an open redirect. Links with merge fields differ per recipient; they
 * stay as written and are not tracked.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  '#38': '&',
  '#39': "'",
};
const decodeEntities = (value: string): string =>
  value.replace(/&(amp|quot|apos|lt|gt|#38|#39);/g, (_m, name: string) => ENTITIES[name] ?? '');

/** `<a href="…">` and `<area href="…">` with a quoted value; group 3 is the raw attribute value. */
const HREF_PATTERN = /(<(?:a|area)\b[^>]*?\shref\s*=\s*)(["'])([^"']*)\2/gi;
/** A bare URL in plain text; trailing sentence punctuation is cut off afterwards. */
const TEXT_URL_PATTERN = /https?:\/\/[^\s<>"'\])]+/g;

function trackable(candidate: string): string | null {
  const url = candidate.trim();
  if (url.includes('{{') || !/^https?:\/\//i.test(url)) return null;
  try {
    new URL(url);
    return url;
  } catch {
    return null;
  }
}

const trimPunctuation = (url: string): string => url.replace(/[.,;:!?]+$/, '');

/**
 * The tracked links of a mailing in order of first appearance, HTML body first.
 * @example extractLinks('<a href="https://a.example/?x=1&amp;y=2">A</a>', 'https://b.example.')
 * // ['https://a.example/?x=1&y=2', 'https://b.example']
 */
export function extractLinks(html: string, text: string): string[] {
  const links: string[] = [];
  const add = (url: string | null) => {
    if (url !== null && !links.includes(url)) links.push(url);
  };
  for (const m of html.matchAll(HREF_PATTERN)) add(trackable(decodeEntities(m[3] ?? '')));
  for (const m of text.matchAll(TEXT_URL_PATTERN)) add(trackable(trimPunctuation(m[0])));
  return links;
}

/** Points every tracked link of an HTML body at `clickUrl(index)`. */
export function rewriteHtmlLinks(
  html: string,
  links: readonly string[],
  clickUrl: (index: number) => string,
) {
  return html.replace(HREF_PATTERN, (whole, start: string, quote: string, raw: string) => {
    const index = links.indexOf(decodeEntities(raw).trim());
    return index < 0 ? whole : `${start}${quote}${clickUrl(index)}${quote}`;
  });
}

/** Points every tracked URL of a plain-text body at `clickUrl(index)`. */
export function rewriteTextLinks(
  text: string,
  links: readonly string[],
  clickUrl: (index: number) => string,
) {
  return text.replace(TEXT_URL_PATTERN, (whole) => {
    const url = trimPunctuation(whole);
    const index = links.indexOf(url);
    return index < 0 ? whole : clickUrl(index) + whole.slice(url.length);
  });
}
