import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
// Imported for its side effect too: the shell's i18next instance is initialised before bundles are added.
import i18n from './index';

/** The same nesting as the German texts, every leaf a string: English must have exactly the same keys. */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/** A dotted key of a feature's texts; plural keys are named without their `_one` / `_other` suffix. */
export type MessageKey<T> = WithoutPlural<Leaves<T>>;

export type FeatureT<T> = (key: MessageKey<T>, options?: Record<string, unknown>) => string;

/**
 * Registers a feature's own texts as an i18next namespace and returns the hook that reads them. The
 * shell's typed resources only know the `translation` namespace, so features outside it get their keys
 * checked here instead.
 *
 * @example
 * export const useQuickcheckT = defineMessages('quickcheck', de, en);
 * const t = useQuickcheckT();
 * t('result.percent', { value: '82,7' });
 */
export function defineMessages<T extends object>(namespace: string, de: T, en: MessageShape<T>) {
  i18n.addResourceBundle('de', namespace, de, true, true);
  i18n.addResourceBundle('en', namespace, en, true, true);
  return function useFeatureT(): FeatureT<T> {
    // The shell's `t` changes identity when the language changes, so components re-render with new texts.
    const { t: shellT } = useTranslation();
    return useCallback<FeatureT<T>>(
      (key, options) => {
        void shellT;
        return String(i18n.t(key, { ...options, ns: namespace } as never));
      },
      [shellT],
    );
  };
}
