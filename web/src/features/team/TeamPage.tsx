import { useTranslation } from 'react-i18next';
import { ComingNext } from '../../components/ComingNext';

/** Placeholder: the Team screen is built next; replace this file. */
export function TeamPage() {
  const { t } = useTranslation();
  return <ComingNext screen={t('nav.team')} />;
}
