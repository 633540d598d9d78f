import { AlertsPage } from './AlertsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <AlertsPage />;
}
