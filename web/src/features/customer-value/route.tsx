import { CustomerValuePage } from './CustomerValuePage';

/** Loaded lazily by the router. */
export function Component() {
  return <CustomerValuePage />;
}
