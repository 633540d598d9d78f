import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src/contract/lifecycle';

/** A stage key in the user's language, from the workspace's own names. */
export function useStageName(stages: readonly Stage[] | undefined) {
  const { i18n } = useTranslation();
  return (key: string | null) => {
    if (key === null) return '–';
    const s = stages?.find((x) => x.key === key);
    if (!s) return key;
    return i18n.language === 'en' ? s.nameEn : s.nameDe;
  };
}
