import { useTranslation } from 'react-i18next';

/** The current language as the API's bilingual fields name it. */
export function useLang(): 'de' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}
