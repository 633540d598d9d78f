import { StrategyPage } from './StrategyPage';

/** Loaded lazily by the router. */
export function Component() {
  return <StrategyPage />;
}
