import { useSegmentsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function SegmentsNavLabel() {
  return <>{useSegmentsT()('nav')}</>;
}
