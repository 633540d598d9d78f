import { useVisitorsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function VisitorsNavLabel() {
  return <>{useVisitorsT()('nav')}</>;
}
