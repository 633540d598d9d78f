import { PhaseFunnelPage } from './PhaseFunnelPage';

/** Loaded lazily by the router. */
export function Component() {
  return <PhaseFunnelPage />;
}
