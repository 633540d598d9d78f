import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../src/core/email/composeMessage';
import { extractLinks, rewriteHtmlLinks, rewriteTextLinks } from '../../src/core/email/links';
import { parseVerpAddress, verpAddress } from '../../src/core/email/verp';

const click = (i: number) => `https://t.example/e/c/tok?l=${i}`;

describe('click tracking links', () => {
  const html =
    '<p><a href="https://shop.example/a?x=1&amp;y=2">A</a> <a class="b" href=\'https://shop.example/b\'>B</a>' +
    ' <a href="mailto:info@shop.example">M</a> <a href="https://shop.example/a?x=1&amp;y=2">A again</a>' +
    ' <a href="https://shop.example/p?e={{email}}">personal</a></p>';
  const text = 'Mehr unter https://shop.example/b. Und https://shop.example/c, bis bald';

  it('lists each http(s) link once in order, without mailto and merge-field links', () => {
    expect(extractLinks(html, text)).toEqual([
      'https://shop.example/a?x=1&y=2',
      'https://shop.example/b',
      'https://shop.example/c',
    ]);
  });

  it('rewrites tracked links in HTML and text, leaving the rest alone', () => {
    const links = extractLinks(html, text);
    const out = rewriteHtmlLinks(html, links, click);
    expect(out).toContain(`<a href="${click(0)}">A</a>`);
    expect(out).toContain(`<a class="b" href='${click(1)}'>B</a>`);
    expect(out).toContain(`<a href="${click(0)}">A again</a>`);
    expect(out).toContain('href="mailto:info@shop.example"');
    expect(out).toContain('href="https://shop.example/p?e={{email}}"');
    expect(rewriteTextLinks(text, links, click)).toBe(`Mehr unter ${click(1)}. Und ${click(2)}, bis bald`);
  });
});

describe('VERP addresses', () => {
  it('tags the bounce address with the token and reads it back', () => {
    const token = '0123456789abcdef0123456789abcdef';
    const address = verpAddress('bounces@mail.example.com', 'b', token);
    expect(address).toBe(`bounces+b-${token}@mail.example.com`);
    expect(parseVerpAddress(address)).toEqual({ tag: 'b', token });
    expect(parseVerpAddress(address.toUpperCase())).toEqual({ tag: 'b', token });
    expect(parseVerpAddress('bounces@mail.example.com')).toBeNull();
  });
});

describe('a composed message', () => {
  const profile = {
    firstName: 'Anna',
    name: 'Anna Schmidt',
    company: 'ACME & Co',
    email: 'anna@example.org',
  };
  const content = {
    subject: 'News für {{firstName|Sie}}',
    bodyHtml:
      '<html><body><p>Hallo {{firstName}} von {{company}}</p><a href="https://x.example/">x</a></body></html>',
    bodyText: 'Hallo {{firstName}}: https://x.example/',
    links: ['https://x.example/'],
  };

  it('carries the pixel, the footer link and the one-click headers', () => {
    const m = composeMessage(content, {
      baseUrl: 'https://t.example',
      token: 'abc',
      profile,
      locale: 'de',
      bounceAddress: 'bounces@t.example',
    });
    expect(m.subject).toBe('News für Anna');
    expect(m.html).toContain(
      '<p>Hallo Anna von ACME &amp; Co</p><a href="https://t.example/e/c/abc?l=0">x</a>',
    );
    expect(m.html).toMatch(/<img src="https:\/\/t\.example\/e\/o\/abc\.gif"[^>]*><\/body><\/html>$/);
    expect(m.html).toContain('<a href="https://t.example/e/p/abc">Abmelden oder Einstellungen ändern</a>');
    expect(m.text).toContain('Hallo Anna: https://t.example/e/c/abc?l=0');
    expect(m.text).toContain('Abmelden oder Einstellungen ändern: https://t.example/e/p/abc');
    expect(m.headers).toEqual({
      'List-Unsubscribe': '<https://t.example/e/u/abc>, <mailto:bounces+u-abc@t.example?subject=unsubscribe>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('leaves out the mailto without a bounce address and the HTML part without an HTML body', () => {
    const m = composeMessage(
      { ...content, bodyHtml: '' },
      { baseUrl: 'https://t.example', token: 'abc', profile, locale: 'en', bounceAddress: '' },
    );
    expect(m.html).toBeNull();
    expect(m.text).toContain('Unsubscribe or change your preferences: https://t.example/e/p/abc');
    expect(m.headers['List-Unsubscribe']).toBe('<https://t.example/e/u/abc>');
  });
});
