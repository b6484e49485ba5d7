// The monthly brief as figures, in one language: what the PDF prints and the XLSX annex lists.

import type { Figure } from '../../core/gaps/figure.ts';
import type { Flag } from '../../core/targets/flag.ts';
import type { Lang } from '../i18n/index.ts';

/** A unit's line in the index tables. */
export interface UnitLine {
  unit: string;
  name: string;
  city: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  /** Against the compare period; a positive rank change is a rise. */
  scoreChange: number | null;
  rankChange: number | null;
  /** Domain id → score. */
  domains: Record<string, number | null>;
}

/** Where the figures come from, printed on the title page. */
export interface Provenance {
  framework: { id: string; version: string; name: string };
  /** The moment the store's data stood as when evaluated. */
  asOf: string | null;
  /** The evaluation's hash (provenance record, METHODS.md § Provenance). */
  hash: string;
  software: string;
}

/** The index section: distribution, domains, leaders, laggards and movers. */
export interface IndexSection {
  period: string;
  compare: string | null;
  /** Units with a score. */
  n: number;
  stats: { min: number; p25: number; median: number; p75: number; max: number };
  /** Every scored unit's score, for the distribution chart. */
  scores: number[];
  domains: { id: string; name: string; mean: number | null; earlier: number | null }[];
  /** Rank moves against the compare period; null without one. */
  moves: { up: number; down: number; same: number } | null;
  leaders: UnitLine[];
  laggards: UnitLine[];
  risers: UnitLine[];
  fallers: UnitLine[];
  /** Every evaluated unit by rank (the annex's index sheet). */
  units: UnitLine[];
}

/** One unit's urban–rural figures. */
export interface UnitGap {
  unit: string;
  name: string;
  ratio: Figure;
  difference: Figure;
  urban: Figure;
  rural: Figure;
}

/** A labelled figure with the decimals it is printed with. */
export interface FigureRow {
  label: string;
  figure: Figure;
  digits: number;
}

/** One urban–rural pair (e.g. incomes). */
export interface UrbanRuralSection {
  id: string;
  name: string;
  province: {
    ratio: Figure;
    difference: Figure;
    urban: Figure;
    rural: Figure;
    source: 'data' | 'units' | null;
  };
  /** The newest closed year-to-date figure of the month's year, when the data have one. */
  ytd: { period: string; ratio: Figure } | null;
  /** The province ratio over the periods of the section's kind, up to its period. */
  trend: { periods: string[]; values: (number | null)[] };
  widest: UnitGap[];
  narrowed: UnitGap[];
  units: UnitGap[];
}

/** The three gaps of the brief's period. */
export interface GapsSection {
  period: string;
  compare: string;
  urbanRural: UrbanRuralSection[];
  regional: { id: string; name: string; n: number; weighted: boolean; rows: FigureRow[] }[];
  income: FigureRow[] | null;
}

/** One unit's indicator whose probability of meeting its target is below 50 %. */
export interface TargetRiskRow {
  unit: string;
  indicator: string;
  indicatorName: string;
  /** The indicator's unit of measure as the framework writes it. */
  measure: string;
  /** The latest value up to the year assessed, and its year. */
  current: number | null;
  currentYear: number | null;
  target: { year: number; value: number };
  /** The damped-trend forecast for the target year, with its 80 % interval. */
  forecast: number;
  lo80: number | null;
  hi80: number | null;
  /** Probability (0–1) of meeting the target in its year; below 0.5. */
  probability: number;
  flag: Flag | null;
  /** The flag in the brief's language; empty without a flag. */
  flagName: string;
}

/** A unit's rows at risk, in the framework's order of indicators. */
export interface TargetGroup {
  unit: string;
  name: string;
  /** The city's code and name (empty for the province). */
  city: string;
  cityName: string;
  rows: TargetRiskRow[];
}

/** The targets at risk of the year assessed (METHODS.md § Progress towards targets and forecasts). */
export interface TargetsSection {
  /** The year assessed, as a period code. */
  period: string;
  baseYear: number;
  /** County-level unit × indicator pairs with a probability of meeting a target. */
  assessed: number;
  /** County-level units with at least one such pair. */
  assessedUnits: number;
  /** Pairs whose probability is below 50 % (the rows of `groups`). */
  atRisk: number;
  /** The province's own rows at risk; null when the assessment has no province. */
  province: TargetGroup | null;
  /** The county-level units with rows at risk, by city code then unit code. */
  groups: TargetGroup[];
  /** The units of `groups` the PDF prints, in print order (all, or those with most rows at risk). */
  shown: string[];
}

/** The whole brief. */
export interface BriefData {
  lang: Lang;
  month: string;
  demo: boolean;
  provenance: Provenance;
  generatedAt: string;
  index: IndexSection;
  gaps: GapsSection | null;
  /** Null when the store has no work items. */
  work: WorkSection | null;
  /** Null when the data have no year to assess before which there is another. */
  targets: TargetsSection | null;
}

/** A work item as the reports list it. */
export interface WorkItemLine {
  id: string;
  title: string;
  list: string;
  lead: string;
  due: string;
  status: string;
  statusCode: string;
  supervised: boolean;
  escalated: boolean;
  lateReport: boolean;
  /** The rules that made it overdue or at risk, in words. */
  reasons: string[];
}

/** Planned and completed investment (10,000 CNY) over some items. */
export interface InvestmentRow {
  label: string;
  items: number;
  planned: number;
  completed: number;
  /** Completed as a percentage of planned; null when nothing is planned. */
  share: number | null;
}

/** The work programme at the end of the month (or today, within it). */
export interface WorkSection {
  asOf: string;
  total: number;
  counts: Record<'done' | 'overdue' | 'not-started' | 'at-risk' | 'on-track', number>;
  escalated: number;
  byDepartment: { department: string; items: WorkItemLine[] }[];
  investment: { total: InvestmentRow; byList: InvestmentRow[]; byCity: InvestmentRow[] };
  /** Escalated items with the help their latest report asks for. */
  decisions: (WorkItemLine & { help: string })[];
}
