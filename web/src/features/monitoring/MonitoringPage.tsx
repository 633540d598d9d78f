import { useTranslation } from 'react-i18next';
import { ComingNext } from '../../components/ComingNext';

/** Placeholder: the Monitoring screen is built next; replace this file. */
export function MonitoringPage() {
  const { t } = useTranslation();
  return <ComingNext screen={t('nav.monitoring')} />;
}
