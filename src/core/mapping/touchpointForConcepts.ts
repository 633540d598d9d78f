/** A touchpoint a suggestion may point at: what its name, catalogue entry and type say about it. */
export interface TouchpointCandidate {
  id: string;
  name: string;
  catalogueKey: string | null;
  type: string;
}

/**
 * Words that name the same thing, in German and English, and the catalogue entries that stand for
 * it. A touchpoint is recognised by its catalogue entry first (a workspace that adopted "Website"
 * from the catalogue calls it anything), then by a word of its name or type.
 */
export interface Concept {
  terms: readonly string[];
  catalogueKeys: readonly string[];
}

const concept = (terms: string, catalogueKeys: string[] = []): Concept => ({
  terms: terms.split(' '),
  catalogueKeys,
});

export const concepts = {
  website: concept('website webseite homepage internetauftritt internetseite webauftritt', ['website']),
  careers: concept('karriere karriereseite career careers jobs job stellen stellenangebote bewerbung'),
  shop: concept('shop onlineshop webshop store', ['eigener-online-shop']),
  blog: concept('blog blogs magazin', ['blogs']),
  newsletter: concept('newsletter mailing', ['newsletter-email']),
  email: concept('email e-mail mail', ['emails', 'newsletter-email']),
  social: concept('social socialmedia social-media', ['social-media']),
  searchAds: concept('sea sem ads adwords suchmaschinenmarketing suchmaschinenwerbung', [
    'sem-suchmaschinen-marketing',
  ]),
  chat: concept('chat livechat live-chat', ['live-chat']),
  tradeFair: concept('messe messen tradefair trade_fair fair', ['online-messen']),
} as const;

/** Networks whose name is a touchpoint's name too ("LinkedIn"), and which count as social media. */
export const socialNetworks = new Set(
  'linkedin xing facebook instagram youtube tiktok twitter x pinterest threads mastodon bluesky'.split(' '),
);

/** Short terms ("sea", "job") only match whole words, or "search" would be search advertising. */
const termMatches = (word: string, term: string) =>
  word === term || (term.length >= 5 && word.startsWith(term));

/** The concept a single word (a path segment, a UTM source, a channel) names, if we know one. */
export function conceptOfWord(word: string): Concept | null {
  const w = word.toLowerCase();
  for (const c of Object.values(concepts)) if (c.terms.some((t) => termMatches(w, t))) return c;
  return null;
}

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0);

/** How well a touchpoint fits a concept: its catalogue entry 3, a word of its name 2, of its type 1. */
function fit(t: TouchpointCandidate, c: Concept): number {
  if (t.catalogueKey !== null && c.catalogueKeys.includes(t.catalogueKey)) return 3;
  const hits = (words: string[]) => words.some((w) => c.terms.some((term) => termMatches(w, term)));
  if (hits(wordsOf(t.name))) return 2;
  return hits(wordsOf(t.type)) ? 1 : 0;
}

/**
 * The touchpoint that best fits the wanted concepts, tried in order (the first concept that some
 * touchpoint fits decides); ties go to the touchpoint listed first. Null when none fits.
 *
 * @example
 * touchpointForConcepts([concepts.website], touchpoints) // the "Website" touchpoint, or null
 */
export function touchpointForConcepts(
  wanted: readonly Concept[],
  touchpoints: readonly TouchpointCandidate[],
): TouchpointCandidate | null {
  for (const c of wanted) {
    let best: TouchpointCandidate | null = null;
    let bestFit = 0;
    for (const t of touchpoints) {
      const f = fit(t, c);
      if (f > bestFit) {
        best = t;
        bestFit = f;
      }
    }
    if (best) return best;
  }
  return null;
}
