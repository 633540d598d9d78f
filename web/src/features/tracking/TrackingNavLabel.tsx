import { useTrackingT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function TrackingNavLabel() {
  return <>{useTrackingT()('nav')}</>;
}
