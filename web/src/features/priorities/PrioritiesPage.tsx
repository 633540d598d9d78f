import { useTranslation } from 'react-i18next';
import { ComingNext } from '../../components/ComingNext';

/** Placeholder: the Priorities screen is built next; replace this file. */
export function PrioritiesPage() {
  const { t } = useTranslation();
  return <ComingNext screen={t('nav.priorities')} />;
}
