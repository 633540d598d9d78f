import { useTranslation } from 'react-i18next';
import { ComingNext } from '../../components/ComingNext';

/** Placeholder: the ContentMap screen is built next; replace this file. */
export function ContentMapPage() {
  const { t } = useTranslation();
  return <ComingNext screen={t('nav.contentMap')} />;
}
