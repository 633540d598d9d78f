import type { ColumnType, Generated } from 'kysely';
import type {
  ChecklistKind,
  Directness,
  JourneyModelKind,
  Maturity,
  MeasureStatus,
  Medium,
  Ownership,
  PhaseClass,
  RatingSource,
  Role,
} from '../core/model';
import type {
  EditorialFormat,
  EditorialStatus,
  MeasuredBy,
  TargetPeriod,
} from '../core/editorialPlan/editorialModel';
import type { KpiDirection } from '../core/kpiStatus';
import type { GoalCategory, GoalLevel } from '../core/strategy/goalModel';
import type { SwotQuadrant } from '../core/strategy/swot';
import type { WebhookEventKind } from '../core/webhooks/webhookEventKinds';

/** Kysely's view of the tables of src/db/migrations. Keep in step with the migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type DateOnly = ColumnType<string, string, string>;
/** Where a KPI value came from: typed in, imported from a file, or computed from live data. */
type KpiValueSource = 'manual' | 'import' | 'computed';
/** Migration 0015: the newsletter tools whose exports we import (src/core/newsletterImport). */
type NewsletterTool = 'mailchimp' | 'brevo' | 'cleverreach' | 'plain';

export interface WorkspacesTable {
  workspace_id: Generated<string>;
  name: string;
  slug: string;
  journey_model_id: string | null;
  locale: Generated<string>;
  created_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  token_hash: string;
  role: Role;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface JourneyModelsTable {
  workspace_id: string;
  id: Generated<string>;
  kind: JourneyModelKind;
  name: string;
  created_at: Timestamp;
}

export interface PhasesTable {
  workspace_id: string;
  id: Generated<string>;
  journey_model_id: string;
  key: string;
  name_de: string;
  name_en: string;
  description: Generated<string>;
  position: number;
}

export interface PersonasTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  role: Generated<string>;
  industry: Generated<string>;
  company_size: Generated<string>;
  description: Generated<string>;
  needs: Json<string[]>;
  goals: Json<string[]>;
  pains: Json<string[]>;
  preferred_channels: Json<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface QuickcheckRunsTable {
  workspace_id: string;
  id: Generated<string>;
  name: Generated<string>;
  answers: Json<unknown>;
  results: Json<unknown>;
  created_by: string | null;
  created_by_name: Generated<string>;
  created_at: Timestamp;
}

export interface TouchpointsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  catalogue_key: string | null;
  type: Generated<string>;
  medium: Medium;
  directness: Directness;
  ownership: Ownership;
  phase_class: PhaseClass;
  department: Generated<string>;
  customer_view: Generated<string>;
  relevance: Generated<number>;
  moment_that_matters: Generated<boolean>;
  checklist_kind: ChecklistKind | null;
  current_maturity: Generated<Maturity>;
  current_notes: Generated<string>;
  current_assessed_by: string | null;
  current_assessed_at: NullableTimestamp;
  target_maturity: Generated<Maturity>;
  target_description: Generated<string>;
  target_rating: ColumnType<number | null, number | null | undefined, number | null>;
  /** Null: not yet assessed (migration 0010). */
  impact: number | null;
  effort: number | null;
  quickcheck_run_id: string | null;
  retired_at: NullableTimestamp;
  retired_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TouchpointPhasesTable {
  workspace_id: string;
  touchpoint_id: string;
  phase_id: string;
}

export interface TouchpointPersonasTable {
  workspace_id: string;
  touchpoint_id: string;
  persona_id: string;
}

export interface TouchpointChecklistTable {
  workspace_id: string;
  touchpoint_id: string;
  criterion_key: string;
  checked_by: Generated<string>;
  checked_at: Timestamp;
}

export interface RatingLinksTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string;
  token: string;
  label: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface RatingsTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string;
  source: RatingSource;
  score: number;
  comment: Generated<string>;
  rater_name: Generated<string>;
  rated_by: string | null;
  rating_link_id: string | null;
  created_at: Timestamp;
}

export interface KpisTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string;
  name: string;
  unit: Generated<string>;
  direction: Generated<KpiDirection>;
  target_value: number | null;
  created_at: Timestamp;
  /** Set for KPIs computed from live data, e.g. `web.visits`; null for values entered by hand. */
  metric: ColumnType<string | null, string | null | undefined, string | null>;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  band_low: ColumnType<number | null, number | null | undefined, number | null>;
  band_high: ColumnType<number | null, number | null | undefined, number | null>;
  alert_emails: ColumnType<string[], string | undefined, string>;
  alert_webhook: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface KpiValuesTable {
  workspace_id: string;
  kpi_id: string;
  measured_on: DateOnly;
  value: number;
  source: Generated<KpiValueSource>;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface MeasuresTable {
  workspace_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  owner: Generated<string>;
  due_date: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<MeasureStatus>;
  effort: Generated<number>;
  expected_impact: Generated<number>;
  kpi_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  done_at: NullableTimestamp;
}

export interface MeasureTouchpointsTable {
  workspace_id: string;
  measure_id: string;
  touchpoint_id: string;
}

export interface ContentAssetsTable {
  workspace_id: string;
  id: Generated<string>;
  title: string;
  kind: Generated<string>;
  url: Generated<string>;
  description: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ContentAssetMappingsTable {
  workspace_id: string;
  asset_id: string;
  persona_id: string;
  phase_id: string;
}

export interface AuditLogTable {
  workspace_id: string;
  id: Generated<string>;
  entity_type: string;
  entity_id: string | null;
  action: string;
  actor: Generated<string>;
  changes: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface WriteKeysTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  key: string;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface CompaniesTable {
  workspace_id: string;
  id: Generated<string>;
  external_id: string | null;
  name: string;
  domain: Generated<string>;
  properties: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
}

export interface ProfilesTable {
  workspace_id: string;
  id: Generated<string>;
  user_id: string | null;
  email: string | null;
  name: Generated<string>;
  company_id: string | null;
  traits: ColumnType<Record<string, unknown>, string | undefined, string>;
  first_seen_at: NullableTimestamp;
  last_seen_at: NullableTimestamp;
  event_count: Generated<number>;
  revenue: Generated<number>;
  touchpoint_ids: ColumnType<string[], string | undefined, string>;
  current_phase_key: string | null;
  merged_into: string | null;
  created_at: Timestamp;
}

export interface ProfileIdentitiesTable {
  workspace_id: string;
  kind: 'anonymous' | 'user' | 'email';
  value: string;
  profile_id: string;
  created_at: Timestamp;
}

export interface EventsTable {
  workspace_id: string;
  event_id: string;
  seq: Generated<number>;
  type: string;
  name: string | null;
  occurred_at: Timestamp;
  received_at: Timestamp;
  anonymous_id: string | null;
  user_id: string | null;
  profile_id: string | null;
  session_id: string | null;
  touchpoint_id: string | null;
  channel: string | null;
  channel_class: 'owned' | 'earned' | 'paid' | null;
  url: string | null;
  referrer: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  properties: ColumnType<Record<string, unknown>, string | undefined, string>;
  revenue: ColumnType<number | null, number | null | undefined, number | null>;
  source: Generated<string>;
}

export interface EventCursorsTable {
  workspace_id: string;
  last_seq: Generated<number>;
  updated_at: Timestamp;
}

export interface TouchpointMappingRulesTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string;
  position: Generated<number>;
  event_type: string | null;
  channel: string | null;
  url_pattern: string | null;
  referrer_pattern: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  created_at: Timestamp;
}

export interface DailyTouchpointStatsTable {
  workspace_id: string;
  day: DateOnly;
  /** The touchpoint id, or `unmapped`. */
  touchpoint_key: string;
  event_type: string;
  events: Generated<number>;
  profiles: Generated<number>;
  revenue: Generated<number>;
}

export interface DailyWebStatsTable {
  workspace_id: string;
  day: DateOnly;
  page_views: Generated<number>;
  visits: Generated<number>;
  bounced_visits: Generated<number>;
  unique_visitors: Generated<number>;
  new_visitors: Generated<number>;
  returning_visitors: Generated<number>;
  conversions: Generated<number>;
}

export interface DailyVisitorsTable {
  workspace_id: string;
  day: DateOnly;
  visitor_id: string;
}

export interface WebSessionsTable {
  workspace_id: string;
  session_id: string;
  visitor_id: string;
  day: DateOnly;
  started_at: Timestamp;
  last_event_at: Timestamp;
  page_views: Generated<number>;
  is_new_visitor: Generated<boolean>;
  channel_class: string | null;
  converted: Generated<boolean>;
}

export interface DailyConversionStatsTable {
  workspace_id: string;
  day: DateOnly;
  conversion_point: string;
  conversions: Generated<number>;
}

export interface DailyChannelStatsTable {
  workspace_id: string;
  day: DateOnly;
  /** '' for events without a channel (or class). */
  channel: string;
  channel_class: string;
  event_type: string;
  events: Generated<number>;
}

export interface DailySocialRepliesTable {
  workspace_id: string;
  day: DateOnly;
  replies: Generated<number>;
  /** Hours from each answered interaction to its reply, summed up. */
  response_hours: Generated<number>;
}

export interface SmtpSettingsTable {
  workspace_id: string;
  host: string;
  port: number;
  secure: Generated<boolean>;
  username: Generated<string>;
  password: Generated<string>;
  from_address: string;
  from_name: Generated<string>;
  /** Envelope sender for bounces; `bounces@x` sends as `bounces+b-<token>@x` (VERP). Empty: the from address. */
  bounce_address: Generated<string>;
  updated_at: Timestamp;
}

export interface EmailWebhookSecretsTable {
  workspace_id: string;
  secret_hash: string;
  created_at: Timestamp;
}

export interface EmailWebhookSigningKeysTable {
  workspace_id: string;
  provider: string;
  signing_key: string;
  created_at: Timestamp;
}

export interface MailingsTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string | null;
  kind: Generated<'newsletter' | 'single'>;
  name: string;
  subject: string;
  body_html: Generated<string>;
  body_text: Generated<string>;
  segment: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: Generated<'draft' | 'sending' | 'sent' | 'failed'>;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  /** The tracked URLs of the body, frozen when sending starts; a click link carries the index. */
  links: ColumnType<string[], string | undefined, string>;
  /** The public address for tracking links, kept so a resumed delivery writes the same links. */
  tracking_base_url: string | null;
  /** Migration 0015: the newsletter tool an imported mailing was sent with; null for our own. */
  source_tool: ColumnType<NewsletterTool | null, NewsletterTool | null | undefined, never>;
  /** The tool's campaign id or name, so another export of the same campaign adds to this mailing. */
  source_campaign: ColumnType<string | null, string | null | undefined, never>;
}

export interface MailingRecipientsTable {
  workspace_id: string;
  mailing_id: string;
  profile_id: string | null;
  email: string;
  token: string;
  status: Generated<
    'queued' | 'sending' | 'sent' | 'failed' | 'suppressed' | 'bounced_hard' | 'bounced_soft'
  >;
  message_id: string | null;
  error: string | null;
  sent_at: NullableTimestamp;
  opens: Generated<number>;
  clicks: Generated<number>;
  first_opened_at: NullableTimestamp;
  first_clicked_at: NullableTimestamp;
  unsubscribed_at: NullableTimestamp;
  bounced_at: NullableTimestamp;
  bounce_status: string | null;
  /** When the recipient was claimed for sending: the lease that tells a crash from a slow server. */
  claimed_at: NullableTimestamp;
}

export interface MailingStatsTable {
  workspace_id: string;
  mailing_id: string;
  sent: Generated<number>;
  hard_bounces: Generated<number>;
  soft_bounces: Generated<number>;
  opens: Generated<number>;
  unique_opens: Generated<number>;
  clicks: Generated<number>;
  unique_clicks: Generated<number>;
  unsubscribes: Generated<number>;
}

export interface EmailSuppressionsTable {
  workspace_id: string;
  email: string;
  reason: 'unsubscribed' | 'hard_bounce' | 'complaint';
  created_at: Timestamp;
}

export interface KpiAlertsTable {
  workspace_id: string;
  id: Generated<string>;
  kpi_id: string;
  measured_on: DateOnly;
  value: number;
  message: string;
  /** Null only for alerts from before migration 0009 whose message did not say. */
  breach_side: ColumnType<'below' | 'above' | null, 'below' | 'above' | null | undefined, never>;
  bound: ColumnType<number | null, number | null | undefined, never>;
  bound_kind: ColumnType<'band' | 'target' | null, 'band' | 'target' | null | undefined, never>;
  created_at: Timestamp;
  acknowledged_at: NullableTimestamp;
}

export interface ImportJobsTable {
  workspace_id: string;
  id: Generated<string>;
  kind: 'contacts' | 'companies' | 'events' | 'newsletter' | 'deals';
  file_name: string;
  status: Generated<'running' | 'done' | 'failed'>;
  lines_read: Generated<number>;
  rows_imported: Generated<number>;
  /** Rows whose event was stored before (same event id): skipped. */
  duplicate_rows: Generated<number>;
  bad_rows: Generated<number>;
  errors: ColumnType<unknown[], string | undefined, string>;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
  /** Migration 0015: the mailing a newsletter import writes to, once its first batch committed. */
  mailing_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PrivacyRequestsTable {
  workspace_id: string;
  id: Generated<string>;
  kind: 'export' | 'erase';
  subject: string;
  actor: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  created_at: Timestamp;
}

/** Migration 0011: what a team calls a conversion point the tracker knows by its key. */
export interface ConversionPointNamesTable {
  workspace_id: string;
  conversion_point: string;
  name: string;
}

export interface MarketMirrorAssessmentsTable {
  workspace_id: string;
  id: Generated<string>;
  /** Validated by `marketMirrorAnswersSchema` (src/contract/marketMirror.ts). */
  answers: Json<unknown>;
  taken_by: string | null;
  taken_by_name: Generated<string>;
  taken_at: Timestamp;
}

export interface VisitorSaltsTable {
  workspace_id: string;
  day: DateOnly;
  secret: string;
}

/** Migration 0017: a touchpoint leads to another, for all personas (null) or one persona's journey. */
export interface TouchpointLinksTable {
  workspace_id: string;
  id: Generated<string>;
  from_touchpoint_id: string;
  to_touchpoint_id: string;
  persona_id: string | null;
  label: Generated<string>;
  created_by: string | null;
  created_at: Timestamp;
}

/** Migration 0014: a workspace's own Segment track-event names, mapped to Touchpoint event types. */
export interface EventNameMappingsTable {
  workspace_id: string;
  id: Generated<string>;
  pattern: string;
  event_type: string;
  conversion_point: string | null;
  revenue_property: string | null;
  position: Generated<number>;
  created_at: Timestamp;
}

/** 0012: a SWOT entry, workspace-level (touchpoint_id null) or about one touchpoint. */
export interface SwotEntriesTable {
  workspace_id: string;
  id: Generated<string>;
  touchpoint_id: string | null;
  quadrant: SwotQuadrant;
  text: string;
  position: Generated<number>;
  measure_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_by_name: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** 0012: a macro or micro goal; micro goals may hang under a macro goal. */
export interface GoalsTable {
  workspace_id: string;
  id: Generated<string>;
  level: GoalLevel;
  parent_id: string | null;
  title: string;
  description: Generated<string>;
  category: Generated<GoalCategory>;
  target_date: ColumnType<string | null, string | null | undefined, string | null>;
  touchpoint_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GoalKpisTable {
  workspace_id: string;
  goal_id: string;
  kpi_id: string;
}

/** Migration 0016: a run that applies mapping rules to stored events; `rule_id` null: all rules. */
export interface MappingApplyRunsTable {
  workspace_id: string;
  id: Generated<string>;
  rule_id: string | null;
  status: ColumnType<'running' | 'done' | 'failed', 'running' | 'done' | 'failed' | undefined>;
  up_to_seq: ColumnType<number, number, number>;
  after_seq: ColumnType<number, number | undefined, number>;
  total: ColumnType<number, number | undefined, number>;
  done: ColumnType<number, number | undefined, number>;
  mapped: ColumnType<number, number | undefined, number>;
  error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface Database {
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  write_keys: WriteKeysTable;
  companies: CompaniesTable;
  profiles: ProfilesTable;
  profile_identities: ProfileIdentitiesTable;
  events: EventsTable;
  event_cursors: EventCursorsTable;
  touchpoint_mapping_rules: TouchpointMappingRulesTable;
  daily_touchpoint_stats: DailyTouchpointStatsTable;
  daily_web_stats: DailyWebStatsTable;
  daily_visitors: DailyVisitorsTable;
  web_sessions: WebSessionsTable;
  daily_conversion_stats: DailyConversionStatsTable;
  conversion_point_names: ConversionPointNamesTable;
  market_mirror_assessments: MarketMirrorAssessmentsTable;
  visitor_salts: VisitorSaltsTable;
  event_name_mappings: EventNameMappingsTable;
  mapping_apply_runs: MappingApplyRunsTable;
  daily_channel_stats: DailyChannelStatsTable;
  daily_social_replies: DailySocialRepliesTable;
  smtp_settings: SmtpSettingsTable;
  mailings: MailingsTable;
  mailing_recipients: MailingRecipientsTable;
  mailing_stats: MailingStatsTable;
  email_suppressions: EmailSuppressionsTable;
  email_webhook_secrets: EmailWebhookSecretsTable;
  email_webhook_signing_keys: EmailWebhookSigningKeysTable;
  kpi_alerts: KpiAlertsTable;
  import_jobs: ImportJobsTable;
  privacy_requests: PrivacyRequestsTable;
  workspaces: WorkspacesTable;
  users: UsersTable;
  sessions: SessionsTable;
  memberships: MembershipsTable;
  api_tokens: ApiTokensTable;
  journey_models: JourneyModelsTable;
  phases: PhasesTable;
  personas: PersonasTable;
  quickcheck_runs: QuickcheckRunsTable;
  touchpoints: TouchpointsTable;
  touchpoint_phases: TouchpointPhasesTable;
  touchpoint_personas: TouchpointPersonasTable;
  touchpoint_checklist: TouchpointChecklistTable;
  touchpoint_links: TouchpointLinksTable;
  rating_links: RatingLinksTable;
  ratings: RatingsTable;
  kpis: KpisTable;
  kpi_values: KpiValuesTable;
  measures: MeasuresTable;
  measure_touchpoints: MeasureTouchpointsTable;
  content_assets: ContentAssetsTable;
  content_asset_mappings: ContentAssetMappingsTable;
  audit_log: AuditLogTable;
  editorial_channels: EditorialChannelsTable;
  editorial_items: EditorialItemsTable;
  editorial_feed_tokens: EditorialFeedTokensTable;
  swot_entries: SwotEntriesTable;
  goals: GoalsTable;
  goal_kpis: GoalKpisTable;
  adhoc_funnels: AdhocFunnelsTable;
  attribution_settings: AttributionSettingsTable;
  campaigns: CampaignsTable;
  profile_touchpoint_days: ProfileTouchpointDaysTable;
  pipeline_stages: PipelineStagesTable;
  deals: DealsTable;
  deal_contacts: DealContactsTable;
  deal_stage_history: DealStageHistoryTable;
  segments: SegmentsTable;
  lifecycle_stages: LifecycleStagesTable;
  scoring_rules: ScoringRulesTable;
  profile_scores: ProfileScoresTable;
  profile_score_history: ProfileScoreHistoryTable;
  profile_stages: ProfileStagesTable;
  stage_history: StageHistoryTable;
  company_scores: CompanyScoresTable;
  scoring_cursors: ScoringCursorsTable;
  predictive_models: PredictiveModelsTable;
}

export interface EditorialChannelsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  position: Generated<number>;
  touchpoint_id: string | null;
  target_count: number | null;
  target_period: Generated<TargetPeriod>;
  measured_by: Generated<MeasuredBy>;
  network: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EditorialItemsTable {
  workspace_id: string;
  id: Generated<string>;
  channel_id: string;
  title: string;
  format: Generated<EditorialFormat>;
  persona_id: string | null;
  phase_id: string | null;
  owner_user_id: string | null;
  planned_at: ColumnType<Date, Date | string, Date | string>;
  status: Generated<EditorialStatus>;
  published_url: Generated<string>;
  auto_publish: Generated<boolean>;
  notes: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EditorialFeedTokensTable {
  workspace_id: string;
  id: Generated<string>;
  token: string;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

/** Migration 0028: an outbound webhook endpoint; `event_kinds` from src/core/webhooks. */
export interface WebhookEndpointsTable {
  workspace_id: string;
  id: Generated<string>;
  url: string;
  description: Generated<string>;
  event_kinds: ColumnType<WebhookEventKind[], WebhookEventKind[], WebhookEventKind[]>;
  secret: string;
  enabled: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Migration 0028: one message to one endpoint, the outbox the dispatcher sends from. */
export interface WebhookDeliveriesTable {
  workspace_id: string;
  id: Generated<string>;
  endpoint_id: string;
  message_id: string;
  event_kind: string;
  payload: ColumnType<unknown, string, string>;
  status: Generated<'pending' | 'delivered' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_status: number | null;
  last_error: string | null;
  created_at: Timestamp;
  delivered_at: NullableTimestamp;
}

/** Saved ad-hoc funnels (migration 0022): shared by everyone in the workspace. */
export interface AdhocFunnelsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  /** The steps as the contract's `funnelStepSchema[]`. */
  steps: ColumnType<unknown[], string, string>;
  order_mode: 'loose' | 'strict';
  window_seconds: number;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Migration 0021: where a conversion's value comes from. */
export type AttributionValueSource = 'revenue' | 'property' | 'none';

export interface AttributionSettingsTable {
  workspace_id: string;
  conversion_event_types: string[];
  value_source: AttributionValueSource;
  value_property: string | null;
  lookback_days: number;
  touch_event_types: string[];
  collapse_repeats: boolean;
  half_life_days: number;
  position_first: number;
  position_middle: number;
  position_last: number;
  markov_order: number;
  /** `[{ dimension, key, share }]`, shares 0-1. */
  fixed_shares: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface CampaignsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  utm_campaigns: string[];
  channel: string | null;
  starts_on: DateOnly | null;
  ends_on: DateOnly | null;
  cost_eur: number | null;
  notes: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * The journey summary the event processor keeps: a profile's events at a touchpoint on one UTC day
 * (migration 0023). Rebuildable from the event log (`rebuildJourneySummary`).
 */
export interface ProfileTouchpointDaysTable {
  workspace_id: string;
  profile_id: string;
  touchpoint_id: string;
  day: DateOnly;
  first_at: ColumnType<Date, Date | string, Date | string>;
  last_at: ColumnType<Date, Date | string, Date | string>;
  events: ColumnType<number, number, number>;
}

/** Migration 0025: the workspace's pipeline stages (src/core/pipeline); none stored means the defaults. */
export interface PipelineStagesTable {
  workspace_id: string;
  key: string;
  name: string;
  probability: number;
  kind: 'open' | 'won' | 'lost';
  position: number;
}

/** Migration 0025: a deal of an account (company); `value` in EUR. */
export interface DealsTable {
  workspace_id: string;
  id: Generated<string>;
  external_id: string | null;
  company_id: string;
  title: string;
  value: ColumnType<number, number | undefined, number>;
  stage: string;
  probability: number | null;
  expected_close: ColumnType<string | null, string | null | undefined, string | null>;
  owner_user_id: string | null;
  reason: Generated<string>;
  renewal_date: ColumnType<string | null, string | null | undefined, string | null>;
  closed_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DealContactsTable {
  workspace_id: string;
  deal_id: string;
  profile_id: string;
  position: Generated<number>;
}

export interface DealStageHistoryTable {
  workspace_id: string;
  id: Generated<number>;
  deal_id: string;
  from_stage: string | null;
  to_stage: string;
  at: Timestamp;
  actor: Generated<string>;
}

/** Migration 0020: a saved segment; `definition` is validated by `segmentDefinitionSchema` (src/contract/segments.ts). */
export interface SegmentsTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  definition: Json<unknown>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Migration 0024: lifecycle stages and lead scoring (src/core/lifecycle, src/core/scoring). */
export interface LifecycleStagesTable {
  workspace_id: string;
  key: string;
  position: number;
  name_de: string;
  name_en: string;
  kind: 'funnel' | 'customer' | 'recycled' | 'disqualified';
  min_score: number | null;
  manual: Generated<boolean>;
}

export interface ScoringRulesTable {
  workspace_id: string;
  id: Generated<string>;
  kind: 'fit' | 'engagement';
  name: string;
  position: Generated<number>;
  active: Generated<boolean>;
  condition: Json<Record<string, unknown>>;
  points: number;
  cap: number | null;
  decay_kind: ColumnType<'none' | 'half_life' | 'linear', 'none' | 'half_life' | 'linear' | undefined>;
  decay_days: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProfileScoresTable {
  workspace_id: string;
  profile_id: string;
  total: number;
  fit: number;
  engagement: number;
  lines: Json<unknown[]>;
  predicted: number | null;
  updated_at: Timestamp;
}

export interface ProfileScoreHistoryTable {
  workspace_id: string;
  profile_id: string;
  day: DateOnly;
  total: number;
  fit: number;
  engagement: number;
}

export interface ProfileStagesTable {
  workspace_id: string;
  profile_id: string;
  stage_key: string;
  owner_user_id: string | null;
  changed_at: Timestamp;
}

export interface StageHistoryTable {
  workspace_id: string;
  id: Generated<number>;
  profile_id: string | null;
  company_id: string | null;
  from_stage: string | null;
  to_stage: string;
  at: Timestamp;
  cause: 'rule' | 'score' | 'person' | 'import';
  actor: Generated<string>;
  reason: Generated<string>;
  score: number | null;
}

export interface CompanyScoresTable {
  workspace_id: string;
  company_id: string;
  best: number;
  total: number;
  people: number;
  stage_key: string | null;
  updated_at: Timestamp;
}

export interface ScoringCursorsTable {
  workspace_id: string;
  last_seq: ColumnType<number, number | undefined, number>;
  rescore_requested_at: NullableTimestamp;
  rescored_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface PredictiveModelsTable {
  workspace_id: string;
  status: 'not_enough_data' | 'trained';
  result: Json<Record<string, unknown>>;
  trained_at: Timestamp;
}
