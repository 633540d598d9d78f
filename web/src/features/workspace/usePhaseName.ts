import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phase } from './workspaceSchema';

/** A phase's name in the current language. */
export function usePhaseName() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (phase: Pick<Phase, 'nameDe' | 'nameEn'>) => (english ? phase.nameEn : phase.nameDe),
    [english],
  );
}
