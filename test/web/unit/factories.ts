// Fixtures for the dashboard's pure functions, built from a few numbers rather than pasted answers.

import type {
  Figure,
  GapSummary,
  ProfileIndicator,
  RankingUnit,
  TargetProgress,
} from '../../../src/api/index.ts';

/** A figure with its change on a year earlier. */
export function figure(value: number | null, yearEarlier: number | null = null): Figure {
  return {
    value,
    yearEarlier,
    change: value !== null && yearEarlier !== null ? value - yearEarlier : null,
  };
}

/** A three-gap summary of a period with the headline figures given. */
export function makeGapSummary(
  period: string,
  f: {
    ratio?: [number, number];
    gini?: [number, number];
    relative?: [number, number] | null;
    middle?: [number, number] | null;
  } = {},
): GapSummary {
  const [r, r0] = f.ratio ?? [1.8, 1.82];
  const [g, g0] = f.gini ?? [0.086, 0.09];
  return {
    period,
    compare: String(Number(period) - 1),
    membership: 'fixed',
    level: 'county',
    province: '330000',
    units: 90,
    urbanRural: [
      {
        id: 'income',
        name: { zh: '城乡居民收入倍差', en: 'urban–rural income ratio' },
        province: {
          unit: '330000',
          source: 'data',
          sourceYearEarlier: 'data',
          n: 0,
          urban: figure(80000),
          rural: figure(45000),
          ratio: figure(r, r0),
          difference: figure(35000),
        },
        units: [],
      },
    ],
    regional: [
      {
        id: 'INC_RURAL',
        name: { zh: '农村居民收入', en: 'rural income' },
        weighted: true,
        n: 90,
        mean: figure(45000),
        cv: figure(0.17),
        cvWeighted: figure(0.16),
        gini: figure(g, g0),
        maxMin: figure(2),
        theilT: { total: figure(0.01), between: figure(0.008), within: figure(0.002) },
        groups:
          f.relative === null
            ? []
            : [
                {
                  group: 'mountain-island',
                  n: 22,
                  mean: figure(35000),
                  relativeLevel: figure(...(f.relative ?? [78.8, 80])),
                  theilT: { between: figure(0.005), within: figure(0.006) },
                },
              ],
      },
    ],
    groups: [
      { id: 'mountain-island', name: { zh: '山区海岛县', en: 'mountain and island counties' } },
    ],
    income:
      f.middle === null
        ? null
        : {
            unit: '330000',
            middleShare: { ...figure(...(f.middle ?? [79.2, 78])), source: 'data' },
            lowShare: null,
            quantiles: null,
          },
    demo: false,
  };
}

/** Target progress of an indicator (METHODS.md § Diagnostics and levers). */
export function progress(
  p: Partial<TargetProgress> & { value: number; target: number },
): TargetProgress {
  const direction = p.direction ?? 1;
  const gap = p.target - p.value;
  return {
    indicator: p.indicator ?? 'X1',
    direction,
    period: p.period ?? '2025',
    imputed: false,
    targetYear: p.targetYear ?? 2025,
    gap,
    achieved: p.achieved ?? direction * gap <= 0,
    rateKind: 'compound',
    needed: null,
    recent: null,
    since: null,
    trend: p.trend ?? null,
    ...p,
  };
}

/** An indicator of a unit's profile. */
export function makeIndicator(p: Partial<ProfileIndicator> = {}): ProfileIndicator {
  return {
    id: 'X1',
    name: { zh: '指标', en: 'indicator' },
    unit: '%',
    direction: 1,
    raw: 50,
    value: 50,
    imputed: false,
    notApplicable: false,
    treated: null,
    normalised: 50,
    rank: 45,
    contribution: 0.05,
    obstacle: 0.05,
    progress: null,
    ...p,
  };
}

/** `n` ranked units with codes 3301xx, scores falling by one from 80. */
export function makeRanking(n: number): RankingUnit[] {
  return Array.from({ length: n }, (_, k) => ({
    unit: `3301${String(k + 10).padStart(2, '0')}`,
    name: `县${k + 1}`,
    score: 80 - k,
    rank: k + 1,
    tier: Math.min(5, 1 + Math.floor((k * 5) / n)),
    change: { score: 0.5, rank: k % 3 === 0 ? 1 : -1 },
    domains: { A: 70 - k, B: 60 + k },
  }));
}
