import { TrackingPage } from './TrackingPage';

/** Loaded lazily by the router. */
export function Component() {
  return <TrackingPage />;
}
