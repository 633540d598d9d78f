import { useFunnelT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function FunnelNavLabel() {
  return <>{useFunnelT()('nav')}</>;
}
