import { ImportsPage } from './ImportsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <ImportsPage />;
}
