import { useTranslation } from 'react-i18next';
import type { PhaseRef } from '../../../../src/contract/profiles';

/** A phase's name in the current language, or null. */
export function usePhaseLabel() {
  const { i18n } = useTranslation();
  return (phase: PhaseRef | null) => (phase ? (i18n.language === 'en' ? phase.nameEn : phase.nameDe) : null);
}
