import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables of src/db/migrations. Keep in step with the migrations. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type DateOnly = ColumnType<string, string, string>;

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
  role: string;
  created_at: Timestamp;
}

export interface ApiTokensTable {
  workspace_id: string;
  id: Generated<string>;
  name: string;
  token_hash: string;
  role: string;
  created_by: string | null;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface JourneyModelsTable {
  workspace_id: string;
  id: Generated<string>;
  kind: string;
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
  medium: string;
  directness: string;
  ownership: string;
  phase_class: string;
  department: Generated<string>;
  customer_view: Generated<string>;
  relevance: Generated<number>;
  moment_that_matters: Generated<boolean>;
  checklist_kind: string | null;
  current_maturity: Generated<string>;
  current_notes: Generated<string>;
  current_assessed_by: string | null;
  current_assessed_at: NullableTimestamp;
  target_maturity: Generated<string>;
  target_description: Generated<string>;
  target_rating: ColumnType<number | null, number | null | undefined, number | null>;
  impact: Generated<number>;
  effort: Generated<number>;
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
  source: string;
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
  direction: Generated<string>;
  target_value: number | null;
  created_at: Timestamp;
}

export interface KpiValuesTable {
  workspace_id: string;
  kpi_id: string;
  measured_on: DateOnly;
  value: number;
  source: Generated<string>;
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
  status: Generated<string>;
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

export interface Database {
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
  rating_links: RatingLinksTable;
  ratings: RatingsTable;
  kpis: KpisTable;
  kpi_values: KpiValuesTable;
  measures: MeasuresTable;
  measure_touchpoints: MeasureTouchpointsTable;
  content_assets: ContentAssetsTable;
  content_asset_mappings: ContentAssetMappingsTable;
  audit_log: AuditLogTable;
}
