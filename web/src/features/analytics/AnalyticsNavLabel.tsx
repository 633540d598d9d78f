import { useAnalyticsT } from './messages';

/** The navigation entry's text, from this feature's own messages. */
export function AnalyticsNavLabel() {
  return <>{useAnalyticsT()('nav')}</>;
}
