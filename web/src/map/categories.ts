// A categorical map's classes (e.g. progress flags): each unit's class in a period, the legend's
// pieces with their counts, and text that reads on a class's colour.

import { formatNumber } from '@gapscope/core/text/format.ts';
import { chartText } from '@gapscope/charts/text.ts';
import { inkOf } from '@gapscope/charts/theme.ts';
import type { ChartOpts } from '@gapscope/charts/types.ts';

/** A class of a categorical map: its legend label and colour (#rrggbb). */
export interface TileClass {
  label: string;
  colour: string;
}

/** The classes in legend order, and each unit's class (an index into them) by period. */
export interface TileCategories {
  classes: readonly TileClass[];
  of: ReadonlyMap<string, readonly (number | null)[]>;
}

/** The class of a unit without one: shown as no data. */
export const NO_CLASS = -1;

/** Tile text on a fill (#rrggbb): white on dark colours (relative luminance below 0.25), else dark. */
export function textOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(fill.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.25 ? '#ffffff' : '#1f2329';
}

/** The class of each unit of `codes` in period i: NO_CLASS without one or with one out of range. */
export function classesAt(
  categories: TileCategories | undefined,
  codes: Iterable<string>,
  i: number,
): Map<string, number> {
  const n = categories?.classes.length ?? 0;
  const out = new Map<string, number>();
  for (const code of codes) {
    const k = categories?.of.get(code)?.[i];
    out.set(code, k !== null && k !== undefined && k >= 0 && k < n ? k : NO_CLASS);
  }
  return out;
}

/**
 * The value that stands for class k in the data and the legend: n − k for n classes, 0 for none.
 * A vertical legend lists its pieces by value, highest at the top, so the first class is on top.
 */
export function pieceValue(categories: TileCategories | undefined, k: number): number {
  return k === NO_CLASS ? 0 : (categories?.classes.length ?? 0) - k;
}

/** A legend label with its count: "On track (23)", "按期可达（23）". */
function counted(label: string, n: number, opts: ChartOpts): string {
  const count = formatNumber(n, opts.lang, { digits: 0 });
  return opts.lang === 'en' ? `${label} (${count})` : `${label}（${count}）`;
}

/**
 * The pieces of a categorical legend for units `codes` in period i: every class in order with its
 * count, then "no data" with its count when some unit has no class; the counts add up to the units.
 * Every class is listed, with 0 when no unit has it, so the scale reads the same in every period.
 */
export function categoryPieces(
  categories: TileCategories | undefined,
  codes: Iterable<string>,
  i: number,
  opts: ChartOpts,
): { value: number; label: string; color: string }[] {
  const classes = categories?.classes ?? [];
  const counts = new Array<number>(classes.length + 1).fill(0);
  for (const k of classesAt(categories, codes, i).values())
    counts[k === NO_CLASS ? classes.length : k]!++;
  const pieces = classes.map((c, k) => ({
    value: pieceValue(categories, k),
    label: counted(c.label, counts[k]!, opts),
    color: c.colour,
  }));
  const none = counts[classes.length]!;
  if (none === 0) return pieces;
  const label = counted(chartText(opts.lang)('missing'), none, opts);
  return [
    ...pieces,
    { value: pieceValue(categories, NO_CLASS), label, color: inkOf(opts).missing },
  ];
}
