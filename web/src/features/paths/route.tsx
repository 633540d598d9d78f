import { PathsPage } from './PathsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <PathsPage />;
}
