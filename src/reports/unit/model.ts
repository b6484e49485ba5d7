// The county report (一县一报告) as figures, in one language: what its PDF prints.

import type { Figure } from '../../core/gaps/figure.ts';
import type { Provenance, WorkItemLine } from '../brief/model.ts';
import type { Lang } from '../i18n/index.ts';

/** Another unit to compare with. */
export interface PeerLine {
  unit: string;
  name: string;
  city: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  /** Distance on the normalised indicators (nearest peers only). */
  distance: number | null;
}

/** One indicator of the unit. */
export interface IndicatorLine {
  id: string;
  name: string;
  /** Unit of measure. */
  measure: string;
  direction: 1 | -1;
  value: number | null;
  imputed: boolean;
  normalised: number | null;
  rank: number | null;
  /** Units ranked on it. */
  of: number;
  target: { year: number; value: number } | null;
  /** The trend word against the target (on track, improving …), or null. */
  trend: string | null;
}

/** A weak point: an indicator and why. */
export interface WeakLine extends IndicatorLine {
  obstacle: number | null;
  reasons: string[];
}

/** The whole county report. */
export interface UnitReportData {
  lang: Lang;
  demo: boolean;
  provenance: Provenance;
  generatedAt: string;
  unit: string;
  name: string;
  city: string;
  period: string;
  compare: string | null;
  /** Units ranked in the period. */
  n: number;
  score: number | null;
  rank: number | null;
  tier: number | null;
  tiers: number;
  scoreChange: number | null;
  rankChange: number | null;
  coupling: { D: number | null; label: string | null };
  /** The unit's urban–rural ratio (the framework's first pair) with its change, when measured. */
  urbanRural: { name: string; ratio: Figure } | null;
  domains: {
    id: string;
    name: string;
    score: number | null;
    rank: number | null;
    province: number | null;
    city: number | null;
  }[];
  history: {
    period: string;
    score: number | null;
    rank: number | null;
    province: number | null;
    city: number | null;
  }[];
  weakPoints: WeakLine[];
  indicators: IndicatorLine[];
  peers: { tier: PeerLine[]; nearest: PeerLine[] };
  /** Work items naming the unit or its city; null when the store has no work items. */
  work: WorkItemLine[] | null;
}
