// The store's tables as TypeScript types (Kysely's view of them). TABLES.md beside this file
// documents every table and column. Times are ISO 8601 UTC text (`2025-10-03T08:00:00.000Z`) in
// both back ends, so they compare as text and round-trip exactly; JSON is stored as text.

import type { Generated } from 'kysely';

/** A unit (province, city, county …), valid from one date to another. */
export interface UnitTable {
  code: string;
  parent_code: string | null;
  level: string;
  kind: string;
  name_zh: string;
  name_en: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** A retired code and the unit that took it over (boundary change, merger, rename). */
export interface UnitSuccessionTable {
  code: string;
  successor: string;
  /** Share of the retired unit that went to the successor (1 for a rename). */
  share: number;
  date: string;
}

export interface GroupTable {
  id: string;
  name_zh: string;
  name_en: string;
  note: string;
}

export interface GroupMemberTable {
  group_id: string;
  unit_code: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** One version of a framework; a published version is never changed. */
export interface FrameworkTable {
  id: string;
  version: string;
  body: string;
  hash: string;
  status: 'draft' | 'published';
  created_at: string;
  created_by: string;
}

/** One file brought in, whatever its outcome. */
export interface ImportTable {
  id: Generated<number>;
  file_name: string;
  file_hash: string;
  framework_id: string;
  framework_version: string;
  user_name: string;
  created_at: string;
  row_count: number;
  added: number;
  revised: number;
  unchanged: number;
}

/** Every value ever stored: a new value for a key is a new revision, never an overwrite. */
export interface ObservationTable {
  id: Generated<number>;
  unit_code: string;
  series: string;
  period: string;
  revision: number;
  value: number;
  status: string;
  source: string;
  note: string;
  import_id: number;
  recorded_at: string;
}

/** The newest revision of each key, kept beside the history for fast current reads. */
export interface CurrentObservationTable {
  unit_code: string;
  series: string;
  period: string;
  observation_id: number;
  revision: number;
}

/** A published evaluation: its config, provenance and results, kept unchanged. */
export interface EvaluationTable {
  id: Generated<number>;
  framework_id: string;
  framework_version: string;
  period: string;
  as_of: string;
  config: string;
  inputs_hash: string;
  hash: string;
  software_version: string;
  results: string;
  created_at: string;
  created_by: string;
}

export interface UserTable {
  id: Generated<number>;
  name: string;
  password_hash: string;
  role: string;
  scope: string | null;
  disabled: number;
  must_change_password: number;
  created_at: string;
  /** The department of a department user. */
  department_id: string | null;
  /** When the one-time password stops working (null once the user has chosen one). */
  password_expires_at: string | null;
}

/** A signed-in browser session: the SHA-256 of its opaque cookie token, never the token. */
export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** A machine client's bearer token (stored as its SHA-256). */
export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** Login attempts by account name and by client address, for rate limiting across instances. */
export interface LoginAttemptTable {
  id: Generated<number>;
  key: string;
  at: string;
  ok: number;
}

/** Who changed what, when, with the before and after. */
export interface AuditTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_key: string;
  before: string | null;
  after: string | null;
}

/** A member department of the task force (the list is data). */
export interface DepartmentTable {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  sort: number;
}

/** A work item as it stands now; every earlier version is in work_item_versions. */
export interface WorkItemTable {
  id: string;
  list: string;
  title_zh: string;
  title_en: string;
  description: string;
  lead_department: string;
  start_date: string;
  due_date: string;
  target_value: number | null;
  target_unit: string | null;
  target_baseline: number | null;
  target_direction: string | null;
  target_indicator: string | null;
  target_year: number | null;
  planned_investment: number | null;
  completed_investment: number | null;
  source: string;
  supervised: number;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

/** A co-department of an item (the lead is on the item). */
export interface ItemDepartmentTable {
  item_id: string;
  department_id: string;
}

/** A unit an item concerns. */
export interface ItemUnitTable {
  item_id: string;
  unit_code: string;
}

export interface MilestoneTable {
  id: Generated<number>;
  item_id: string;
  title: string;
  due_date: string;
  done_date: string | null;
  created_at: string;
  created_by: string;
}

/** A monthly progress report; a second one for the same item and month is revision n + 1. */
export interface ProgressReportTable {
  id: Generated<number>;
  item_id: string;
  month: string;
  revision: number;
  department_id: string;
  value: number | null;
  share: number | null;
  investment: number | null;
  narrative: string;
  problems: string;
  help_needed: string;
  reported_at: string;
  reported_by: string;
}

/** An item as it was before an edit: the whole item as JSON, and who replaced it when. */
export interface WorkItemVersionTable {
  item_id: string;
  version: number;
  body: string;
  replaced_at: string;
  replaced_by: string;
}

export interface Database {
  units: UnitTable;
  unit_succession: UnitSuccessionTable;
  groups: GroupTable;
  group_members: GroupMemberTable;
  frameworks: FrameworkTable;
  imports: ImportTable;
  observations: ObservationTable;
  current_observations: CurrentObservationTable;
  evaluations: EvaluationTable;
  users: UserTable;
  audit_log: AuditTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  login_attempts: LoginAttemptTable;
  departments: DepartmentTable;
  work_items: WorkItemTable;
  item_departments: ItemDepartmentTable;
  item_units: ItemUnitTable;
  milestones: MilestoneTable;
  progress_reports: ProgressReportTable;
  work_item_versions: WorkItemVersionTable;
}
