import { useTranslation } from 'react-i18next';
import { ComingNext } from '../../components/ComingNext';

/** Placeholder: the ActionPlan screen is built next; replace this file. */
export function ActionPlanPage() {
  const { t } = useTranslation();
  return <ComingNext screen={t('nav.actionPlan')} />;
}
