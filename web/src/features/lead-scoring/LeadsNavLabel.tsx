import { useLeadsT } from './messages';

/** "Leads" in the navigation, from the feature's own texts. */
export function LeadsNavLabel() {
  const t = useLeadsT();
  return <>{t('nav')}</>;
}
