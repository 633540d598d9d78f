import { AttributionPage } from './AttributionPage';

/** Loaded lazily by the router. */
export function Component() {
  return <AttributionPage />;
}
