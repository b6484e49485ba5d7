// From the API's values to what the map builder takes: names and labels in the page's language,
// decimals that suit the measure, the legend's kind.

import type { Lang } from '@gapscope/i18n/index.ts';
import type { TileMapInput } from '../../map/tile-map-option.ts';
import { measureLabel } from '../../i18n/catalog.ts';
import type { MapValues } from '@gapscope/api/index.ts';

/** Decimals for a measure's values: none for thousands (incomes), one for tens (scores), else two. */
export function digitsFor(values: MapValues): number {
  let max = 0;
  for (const u of values.units)
    for (const v of u.values) if (v !== null && Math.abs(v) > max) max = Math.abs(v);
  return max >= 1000 ? 0 : max >= 10 ? 1 : 2;
}

/** Whether traffic lights can be shown: the measure has a target in some period. */
export function canJudge(values: MapValues): boolean {
  return !!values.targets?.some((t) => t !== null);
}

/** The builder's input for the API's values of one measure. */
export function mapInput(
  values: MapValues,
  opts: {
    lang: Lang;
    map: string;
    period: number;
    name(code: string): string;
    /** Tile labels; omitted on boundary maps. */
    label?: (code: string) => string;
    bins: 'quantile' | 'traffic';
    caption?: string | null;
  },
): TileMapInput {
  const m = values.measure;
  const traffic = opts.bins === 'traffic' && canJudge(values);
  return {
    map: opts.map,
    periods: values.periods,
    current: opts.period,
    values: new Map(values.units.map((u) => [u.unit, u.values])),
    imputed: new Map(values.units.filter((u) => u.imputed).map((u) => [u.unit, u.imputed!])),
    names: new Map(values.units.map((u) => [u.unit, opts.name(u.unit)])),
    labels: opts.label ? new Map(values.units.map((u) => [u.unit, opts.label!(u.unit)])) : null,
    measure: {
      name: opts.lang === 'en' && m.name.en ? m.name.en : m.name.zh,
      // In the page's language: 元 for CNY in Chinese.
      unit: measureLabel(opts.lang, m.unit) || undefined,
      digits: digitsFor(values),
      direction: m.direction,
    },
    bins: traffic ? 'traffic' : 'quantile',
    targets: values.targets ?? undefined,
    caption: opts.caption ?? null,
  };
}
