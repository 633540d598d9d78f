import { EditorialPlanPage } from './EditorialPlanPage';

/** Loaded lazily by the router. */
export function Component() {
  return <EditorialPlanPage />;
}
