/** Escapes user-entered text for HTML; nothing a workspace or a visitor types is rendered as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * A standalone HTML document without script, as the server renders it for a customer's link or for
 * printing: language, viewport, kept out of search engines. `title` is text (escaped here); `css` and
 * `body` are markup the caller built.
 *
 * @example htmlDocument({ lang: 'de', title: 'Quickcheck', css: 'h1 { font-size: 16pt; }', body: '<main>…</main>' })
 */
export function htmlDocument(page: { lang: string; title: string; css: string; body: string }): string {
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>
${page.css}
</style>
</head>
<body>
${page.body}
</body>
</html>`;
}

/**
 * The small HTML page a customer opens from a link (a rating, the e-mail preferences): no script, no
 * app, readable on a phone, focus visible. `title`, `heading` and `subtitle` are text (escaped here);
 * `body` and `css` are markup the caller built.
 *
 * @example renderPublicPage({ lang: 'de', title: 'Bewertung', heading: 'Website', body: '<p>Danke</p>' })
 */
export function renderPublicPage(page: {
  lang: 'de' | 'en';
  title: string;
  heading: string;
  subtitle?: string | undefined;
  css?: string;
  body: string;
}): string {
  return htmlDocument({
    lang: page.lang,
    title: page.title,
    css: `  body { font-family: system-ui, sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.5; }
  h1 { font-size: 1.5rem; }
  button { font: inherit; padding: .6rem 1.2rem; background: #0b5cad; color: #fff; border: 0; border-radius: 6px; cursor: pointer; }
  button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }${page.css ?? ''}`,
    body: `<main>
<h1>${escapeHtml(page.heading)}</h1>
${page.subtitle ? `<p>${escapeHtml(page.subtitle)}</p>` : ''}
${page.body}
</main>`,
  });
}
