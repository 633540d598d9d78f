import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const SOFT_HYPHEN = '\u00ad';

/** Shorter words fit the narrowest column whole. */
export const MIN_HYPHENATED_WORD_LENGTH = 6;

type Language = 'de' | 'en';
type Hyphenate = (text: string) => string;

const ready = new Map<Language, Hyphenate>();
const pending = new Map<Language, Promise<Hyphenate>>();

/** The German patterns weigh about 730 kB, so each language's patterns load on first use only. */
function loadHyphenator(language: Language): Promise<Hyphenate> {
  const loading = pending.get(language);
  if (loading) return loading;
  const patterns = language === 'en' ? import('hyphen/en-gb') : import('hyphen/de');
  const promise = patterns.then((module) => {
    const memo = new Map<string, string>();
    const hyphenate: Hyphenate = (text) => {
      let result = memo.get(text);
      if (result === undefined) {
        result = module.default.hyphenateSync(text, {
          hyphenChar: SOFT_HYPHEN,
          minWordLength: MIN_HYPHENATED_WORD_LENGTH,
          html: false,
        });
        memo.set(text, result);
      }
      return result;
    };
    ready.set(language, hyphenate);
    return hyphenate;
  });
  pending.set(language, promise);
  return promise;
}

const unchanged: Hyphenate = (text) => text;

/**
 * Soft hyphens (U+00AD) at the dictionary's syllable breaks for the UI's language, so long compound
 * words break with a hyphen in every browser, not only those with a hyphenation dictionary for
 * `hyphens: auto`. Returns the text unchanged until the patterns have loaded.
 *
 * @example
 * const hyphenate = useHyphenate();
 * <h2 aria-label={name}>{hyphenate(name)}</h2> // "Auf­recht­erhal­tungs­pha­se"
 */
export function useHyphenate(): Hyphenate {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === 'en' ? 'en' : 'de';
  const [, setLoaded] = useState<Language | null>(null);
  useEffect(() => {
    if (ready.has(language)) return;
    let current = true;
    void loadHyphenator(language).then(() => {
      if (current) setLoaded(language);
    });
    return () => {
      current = false;
    };
  }, [language]);
  return ready.get(language) ?? unchanged;
}
