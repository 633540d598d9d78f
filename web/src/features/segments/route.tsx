import { SegmentsPage } from './SegmentsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <SegmentsPage />;
}
