import { useStrategyT } from './messages';

/** "Strategie" in the navigation, from the feature's own texts. */
export function StrategyNavLabel() {
  const t = useStrategyT();
  return <>{t('nav')}</>;
}
