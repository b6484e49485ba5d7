// Series over periods from the three-gap summaries of each period (GET /api/gaps?period=): the
// urban–rural ratio of the province and of each unit, and the regional spread of one series.

import type { GapSummary, LooseName } from '@gapscope/api/index.ts';

/** The urban–rural ratio over periods: the province's and each unit's (null = missing). */
export interface UrbanRuralSeries {
  name: LooseName | null;
  periods: string[];
  province: (number | null)[];
  units: Map<string, (number | null)[]>;
}

/** The ratio of the summaries' urban–rural gap `id` (default the first), in their order. */
export function urbanRuralSeries(summaries: readonly GapSummary[], id?: string): UrbanRuralSeries {
  const pick = (s: GapSummary) => s.urbanRural.find((u) => id === undefined || u.id === id);
  const units = new Map<string, (number | null)[]>();
  summaries.forEach((s, k) => {
    for (const u of pick(s)?.units ?? []) {
      if (!units.has(u.unit))
        units.set(u.unit, new Array<number | null>(summaries.length).fill(null));
      units.get(u.unit)![k] = u.ratio.value;
    }
  });
  return {
    name: summaries.map(pick).find(Boolean)?.name ?? null,
    periods: summaries.map((s) => s.period),
    province: summaries.map((s) => pick(s)?.province?.ratio.value ?? null),
    units,
  };
}

/** One regional series' spread over periods, and each group's level (all units = 100). */
export interface SpreadSeries {
  name: LooseName | null;
  periods: string[];
  cv: (number | null)[];
  cvWeighted: (number | null)[];
  gini: (number | null)[];
  theil: (number | null)[];
  between: (number | null)[];
  within: (number | null)[];
  groups: { id: string; name: LooseName; level: (number | null)[] }[];
}

/** The spread of regional series `id` in each summary, in their order. */
export function spreadSeries(summaries: readonly GapSummary[], id: string): SpreadSeries {
  const rs = summaries.map((s) => s.regional.find((r) => r.id === id) ?? null);
  const groupIds = [...new Set(summaries.flatMap((s) => s.groups.map((g) => g.id)))];
  const groupName = (g: string): LooseName =>
    summaries.flatMap((s) => s.groups).find((x) => x.id === g)?.name ?? { zh: g, en: g };
  return {
    name: rs.find(Boolean)?.name ?? null,
    periods: summaries.map((s) => s.period),
    cv: rs.map((r) => r?.cv.value ?? null),
    cvWeighted: rs.map((r) => r?.cvWeighted?.value ?? null),
    gini: rs.map((r) => r?.gini.value ?? null),
    theil: rs.map((r) => r?.theilT.total.value ?? null),
    between: rs.map((r) => r?.theilT.between.value ?? null),
    within: rs.map((r) => r?.theilT.within.value ?? null),
    groups: groupIds.map((g) => ({
      id: g,
      name: groupName(g),
      level: rs.map((r) => r?.groups.find((x) => x.group === g)?.relativeLevel.value ?? null),
    })),
  };
}

/** The province's middle-income share (%) in each summary. */
export function middleShareSeries(summaries: readonly GapSummary[]): (number | null)[] {
  return summaries.map((s) => s.income?.middleShare?.value ?? null);
}
