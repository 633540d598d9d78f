import { AnalyticsPage } from './AnalyticsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <AnalyticsPage />;
}
