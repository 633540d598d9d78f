import { useAttributionT } from './messages';

/** The navigation entries' texts, from this feature's own messages. */
export function AttributionNavLabel() {
  return <>{useAttributionT()('nav')}</>;
}

export function CampaignsNavLabel() {
  return <>{useAttributionT()('campaignsNav')}</>;
}
