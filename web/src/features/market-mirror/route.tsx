import { MarketMirrorPage } from './MarketMirrorPage';

/** Loaded lazily by the router. */
export function Component() {
  return <MarketMirrorPage />;
}
