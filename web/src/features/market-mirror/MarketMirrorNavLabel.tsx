import { useMarketMirrorT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function MarketMirrorNavLabel() {
  return <>{useMarketMirrorT()('nav')}</>;
}
