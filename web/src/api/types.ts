// The shapes of the API's answers the dashboard reads (see /api/openapi.json).

/** A name in both languages. */
export interface Name {
  zh: string;
  en: string;
}

/** Change on the compared period; rank change is positive when the unit moved up. */
export interface Change {
  score: number | null;
  rank: number | null;
}

export interface User {
  id: number;
  name: string;
  role: 'admin' | 'analyst' | 'department' | 'region' | 'viewer';
  scope: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  createdAt: string;
}

export interface Session {
  user: User;
  csrfToken: string | null;
}

/** A unit of the geography (GET /api/units). */
export interface Unit {
  code: string;
  parent: string | null;
  level: string;
  kind: string;
  name: Name;
  validFrom: string | null;
  validTo: string | null;
}

/** A group with period-dependent members (GET /api/groups). */
export interface Group {
  id: string;
  name: Name;
  note: string;
  members: { unit: string; validFrom: string | null; validTo: string | null }[];
}

/** A unit in brief (overview lists). */
export interface UnitBrief {
  unit: string;
  name: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  change: Change | null;
}

/** GET /api/overview. */
export interface Overview {
  published: boolean;
  period?: string;
  periods?: string[];
  compare?: string | null;
  demo?: boolean;
  framework?: { id: string; version: string };
  hash?: string;
  asOf?: string;
  units?: number;
  distribution?: {
    min: number | null;
    p25: number | null;
    median: number | null;
    p75: number | null;
    max: number | null;
  };
  top?: UnitBrief[];
  bottom?: UnitBrief[];
  risers?: UnitBrief[];
  fallers?: UnitBrief[];
}

/** A row of the ranking. */
export interface RankingUnit extends UnitBrief {
  domains: Record<string, number | null>;
}

/** GET /api/ranking. */
export interface Ranking {
  period: string;
  periods: string[];
  compare: string | null;
  demo: boolean;
  framework: { id: string; version: string };
  hash: string;
  asOf: string;
  units: RankingUnit[];
}

/** A figure now, a year earlier and the change. */
export interface Figure {
  value: number | null;
  yearEarlier: number | null;
  change: number | null;
}

/** GET /api/gaps: the three gaps of a period. */
export interface GapSummary {
  period: string;
  compare: string | null;
  level: string;
  province: string;
  units: number;
  demo?: boolean;
  urbanRural: {
    id: string;
    name: Name;
    province: { urban: Figure; rural: Figure; ratio: Figure; difference: Figure } | null;
    units: { unit: string; urban: Figure; rural: Figure; ratio: Figure; difference: Figure }[];
  }[];
  regional: {
    id: string;
    name: Name;
    weighted: boolean;
    n: number;
    mean: Figure;
    cv: Figure;
    cvWeighted?: Figure;
    gini: Figure;
    maxMin: Figure;
    theilT: { total: Figure; between: Figure; within: Figure };
    groups: {
      group: string;
      n: number;
      mean: Figure;
      relativeLevel: Figure;
      theilT: { between: Figure; within: Figure };
    }[];
  }[];
  groups: { id: string; name: Name }[];
  income: {
    unit: string;
    middleShare: (Figure & { source?: string }) | null;
    lowShare: (Figure & { source?: string }) | null;
    quantiles: unknown;
  } | null;
}

/** An indicator's target progress (METHODS.md § Diagnostics and levers). */
export interface TargetProgress {
  indicator: string;
  direction: 1 | -1;
  period: string;
  value: number | null;
  imputed: boolean;
  targetYear: number;
  target: number;
  gap: number | null;
  achieved: boolean | null;
  rateKind: 'compound' | 'linear';
  needed: number | null;
  recent: number | null;
  since: string | null;
  trend: 'on-track' | 'improving' | 'stagnating' | 'worsening' | null;
}

/** One indicator of a unit's profile. */
export interface ProfileIndicator {
  id: string;
  name: Name;
  unit: string;
  direction: 1 | -1;
  raw: number | null;
  value: number | null;
  imputed: boolean;
  treated: unknown;
  normalised: number | null;
  rank: number | null;
  contribution: number | null;
  obstacle: number | null;
  progress: TargetProgress | null;
}

export interface WeakPoint {
  indicator: string;
  reasons: string[];
  obstacle: number | null;
  normalised: number | null;
  rank: number | null;
  of: number;
  value: number | null;
  imputed: boolean;
  target: { year: number; value: number } | null;
}

export interface Peer {
  unit: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  distance: number | null;
}

export interface HistoryPoint {
  period: string;
  score: number | null;
  rank: number | null;
  domains: Record<string, number | null>;
  indicators: Record<string, number | null>;
}

/** GET /api/units/{code}/profile. */
export interface Profile {
  demo: boolean;
  period: string;
  compare: string | null;
  unit: string;
  name: string;
  city: string | null;
  cityName: string | null;
  score: number | null;
  rank: number | null;
  of: number;
  tier: number | null;
  change: Change | null;
  domains: Record<string, number | null>;
  domainMeans: { all: Record<string, number | null>; city: Record<string, number | null> };
  coupling: { C: number; T: number; D: number; class: string } | null;
  indicators: ProfileIndicator[];
  weakPoints: WeakPoint[];
  peers: { tier: Peer[]; nearest: Peer[] };
  history: HistoryPoint[];
}

export interface Standing {
  score: number | null;
  rank: number | null;
  tier: number | null;
}

/** One lift target: the raw value to reach and where it takes the unit, or why it cannot. */
export type LiftTarget =
  | {
      reachable: true;
      value: number;
      change: number;
      indicatorValue: number;
      score: number | null;
      rank: number | null;
      tier: number | null;
    }
  | { reachable: false; reason: string };

export interface Lift {
  indicator: string;
  direction: 1 | -1;
  from: number | null;
  bound?: number;
  boundFrom?: string;
  rank: LiftTarget;
  tier: LiftTarget;
}

/** POST /api/whatif. */
export interface WhatIf {
  period: string;
  unit: string;
  changes: { unit: string; series: string; from: number | null; to: number }[];
  before: Standing;
  after: Standing;
  change: { score: number | null; rank: number | null; tier: number | null };
  moved: { unit: string; before: Standing; after: Standing }[];
  lifts: Lift[] | null;
}

export interface Interval {
  nominal: number | null;
  median: number | null;
  p5: number | null;
  p95: number | null;
}

/** POST /api/uncertainty. */
export interface Uncertainty {
  period: string;
  runs: number;
  seed: number;
  choices: string[];
  units: { unit: string; name: string; rank: Interval; score: Interval }[];
}

/** A node of the framework tree (GET /api/frameworks/current). */
export interface FrameworkNode {
  id: string;
  name: Name;
  weight?: number;
  unit?: string;
  direction?: 1 | -1;
  children?: FrameworkNode[];
}

export interface FrameworkCurrent {
  framework: {
    id: string;
    version: string;
    name: Name;
    description?: Name;
    reconstruction?: boolean;
    root: FrameworkNode;
  };
  status: string;
  hash: string;
}

/** GET /api/evaluations: published evaluations, newest first. */
export interface Published {
  id: number;
  period: string;
  asOf: string;
  createdAt: string;
  /** Not shown to the public. */
  createdBy?: string;
}
