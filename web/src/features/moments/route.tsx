import { MomentsPage } from './MomentsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <MomentsPage />;
}
