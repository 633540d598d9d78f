import { CampaignsPage } from './CampaignsPage';

/** Loaded lazily by the router. */
export function Component() {
  return <CampaignsPage />;
}
