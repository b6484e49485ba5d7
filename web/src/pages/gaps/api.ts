// The shape of GET /api/gaps/series (src/server/routes/gaps-series.ts).

import type { Name } from '../../api/types.ts';

/** A Lorenz curve at a period, with its Gini. */
export interface LorenzCurveJson {
  period: string;
  population: number[];
  income: number[];
  gini: number | null;
}

/** A regional series over periods with its σ- and β-convergence and Lorenz curves. */
export interface GapSeries {
  series: string;
  name: Name;
  choices: { id: string; name: Name }[];
  level: 'city' | 'county';
  from: string;
  to: string;
  years: number;
  periods: string[];
  units: { unit: string; values: (number | null)[] }[];
  groups: { id: string; name: Name; members: string[] }[];
  sigma: { period: string; value: number | null }[];
  beta: {
    a: number;
    b: number;
    se: number;
    t: number | null;
    r2: number | null;
    speed: number | null;
    halfLife: number | null;
    n: number;
  } | null;
  betaError: string | null;
  lorenz: { units: LorenzCurveJson | null; quantiles: LorenzCurveJson | null };
  demo: boolean;
}
