import { useEditorialT } from './messages';

/** "Redaktionsplan" in the navigation. */
export function EditorialNavLabel() {
  const t = useEditorialT();
  return <>{t('nav')}</>;
}
