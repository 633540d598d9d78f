import { VisitorsPage } from './VisitorsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <VisitorsPage />;
}
