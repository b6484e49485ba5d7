// The three gaps as headline figures (from GET /api/gaps) and their trends over periods.

import type { Figure, GapSummary, LooseName } from '@gapscope/api/index.ts';

/** Which of the three gaps a figure measures. */
export type GapKind = 'urbanRural' | 'regional' | 'income';

/** One headline figure of a period. */
export interface Headline {
  id: 'ratio' | 'gini' | 'relative' | 'middle';
  gap: GapKind;
  value: number | null;
  /** Change on a year earlier. */
  change: number | null;
  /** +1 when higher is better, −1 when lower is. */
  direction: 1 | -1;
  digits: number;
  /** Appended to the value ('%' for shares; empty otherwise). */
  suffix: string;
  /** For the label: the group's name, the number of units. */
  group?: LooseName;
  n?: number;
}

const pick = (f: Figure | null | undefined): { value: number | null; change: number | null } => ({
  value: f?.value ?? null,
  change: f?.change ?? null,
});

/**
 * The headline figures of a gap summary: the province's urban–rural income ratio, the Gini of
 * the first regional series across units, the first group's level relative to the province
 * (= 100), and the middle-income share. A figure the summary lacks is left out.
 */
export function headlineFigures(s: GapSummary): Headline[] {
  const out: Headline[] = [];
  const ur = s.urbanRural[0]?.province;
  if (ur)
    out.push({
      id: 'ratio',
      gap: 'urbanRural',
      ...pick(ur.ratio),
      direction: -1,
      digits: 2,
      suffix: '',
    });
  const reg = s.regional[0];
  if (reg) {
    out.push({
      id: 'gini',
      gap: 'regional',
      ...pick(reg.gini),
      direction: -1,
      digits: 3,
      suffix: '',
      n: reg.n,
    });
    const g = reg.groups[0];
    if (g) {
      const name = s.groups.find((x) => x.id === g.group)?.name ?? { zh: g.group, en: g.group };
      out.push({
        id: 'relative',
        gap: 'regional',
        ...pick(g.relativeLevel),
        direction: 1,
        digits: 1,
        suffix: '',
        group: name,
      });
    }
  }
  const mid = s.income?.middleShare;
  if (mid)
    out.push({ id: 'middle', gap: 'income', ...pick(mid), direction: 1, digits: 1, suffix: '%' });
  return out;
}

/** Each headline figure's values over the summaries' periods (in the order given). */
export function headlineTrends(summaries: readonly GapSummary[]): {
  periods: string[];
  values: Record<Headline['id'], (number | null)[]>;
} {
  const values: Record<Headline['id'], (number | null)[]> = {
    ratio: [],
    gini: [],
    relative: [],
    middle: [],
  };
  for (const s of summaries) {
    const figures = new Map(headlineFigures(s).map((h) => [h.id, h.value]));
    for (const id of Object.keys(values) as Headline['id'][])
      values[id].push(figures.get(id) ?? null);
  }
  return { periods: summaries.map((s) => s.period), values };
}

/** The year periods of a list, the last `n` of them (the overview's trend window). */
export function trendPeriods(periods: readonly string[], n = 10): string[] {
  return periods.filter((p) => /^\d{4}$/.test(p)).slice(-n);
}
