import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="segmented segmented-small" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.language === lng}
          onClick={() => setLanguage(lng)}
          aria-label={lng === 'de' ? 'Deutsch' : 'English'}
        >
          {lng.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
