import { AlertsNavLabel } from '../alerts/AlertsNavLabel';
import { AnalyticsNavLabel } from '../analytics/AnalyticsNavLabel';
import { CustomersNavLabel } from '../customers/CustomersNavLabel';
import { EditorialNavLabel } from '../editorial-plan/EditorialNavLabel';
import { EmailNavLabel } from '../email/EmailNavLabel';
import { CustomerValueNavLabel } from '../customer-value/CustomerValueNavLabel';
import { FunnelNavLabel } from '../funnel/FunnelNavLabel';
import { AdhocFunnelsNavLabel } from '../adhoc-funnels/AdhocFunnelsNavLabel';
import { PathsNavLabel } from '../paths/PathsNavLabel';
import { AttributionNavLabel, CampaignsNavLabel } from '../attribution/AttributionNavLabel';
import { ImportsNavLabel } from '../imports/ImportsNavLabel';
import { LeadsNavLabel } from '../lead-scoring/LeadsNavLabel';
import { MarketMirrorNavLabel } from '../market-mirror/MarketMirrorNavLabel';
import { MomentsNavLabel } from '../moments/MomentsNavLabel';
import { PipelineNavLabel } from '../pipeline/PipelineNavLabel';
import { SegmentsNavLabel } from '../segments/SegmentsNavLabel';
import { StrategyNavLabel } from '../strategy/StrategyNavLabel';
import { TrackingNavLabel } from '../tracking/TrackingNavLabel';
import { VisitorsNavLabel } from '../visitors/VisitorsNavLabel';

export const navItems = [
  { to: '/cycle', key: 'cycle' },
  { to: '/map', key: 'map' },
  { to: '/personas', key: 'personas' },
  { to: '/touchpoints', key: 'touchpoints' },
  { to: '/catalogue', key: 'catalogue' },
  { to: '/strategy', key: 'strategy', Label: StrategyNavLabel },
  { to: '/priorities', key: 'priorities' },
  { to: '/action-plan', key: 'actionPlan' },
  { to: '/content-map', key: 'contentMap' },
  { to: '/editorial-plan', key: 'editorialPlan', Label: EditorialNavLabel },
  { to: '/monitoring', key: 'monitoring' },
  { to: '/quickcheck', key: 'quickcheck' },
  { to: '/market-mirror', key: 'marketMirror', Label: MarketMirrorNavLabel },
  { to: '/team', key: 'team' },
  { to: '/customers', key: 'customers', Label: CustomersNavLabel },
  { to: '/pipeline', key: 'pipeline', Label: PipelineNavLabel },
  { to: '/leads', key: 'leads', Label: LeadsNavLabel },
  { to: '/web-analytics', key: 'webAnalytics', Label: AnalyticsNavLabel },
  { to: '/phase-funnel', key: 'phaseFunnel', Label: FunnelNavLabel },
  { to: '/adhoc-funnels', key: 'adhocFunnels', Label: AdhocFunnelsNavLabel },
  { to: '/paths', key: 'paths', Label: PathsNavLabel },
  { to: '/attribution', key: 'attribution', Label: AttributionNavLabel },
  { to: '/campaigns', key: 'campaigns', Label: CampaignsNavLabel },
  { to: '/moments', key: 'moments', Label: MomentsNavLabel },
  { to: '/segments', key: 'segments', Label: SegmentsNavLabel },
  { to: '/visitors', key: 'visitors', Label: VisitorsNavLabel },
  { to: '/customer-value', key: 'customerValue', Label: CustomerValueNavLabel },
  { to: '/email', key: 'email', Label: EmailNavLabel },
  { to: '/imports', key: 'imports', Label: ImportsNavLabel },
  { to: '/alerts', key: 'alerts', Label: AlertsNavLabel },
  { to: '/tracking', key: 'tracking', Label: TrackingNavLabel },
] as const;
