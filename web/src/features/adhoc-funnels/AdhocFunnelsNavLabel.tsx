import { useAdhocFunnelsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function AdhocFunnelsNavLabel() {
  return <>{useAdhocFunnelsT()('nav')}</>;
}
