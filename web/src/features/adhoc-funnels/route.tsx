import { AdhocFunnelsPage } from './AdhocFunnelsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <AdhocFunnelsPage />;
}
