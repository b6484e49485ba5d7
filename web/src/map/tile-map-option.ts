// The map of units: a map series over a registered map (the hex tiles, or an uploaded boundary
// file) coloured by quantile bins, traffic lights or categories of the caller's (e.g. progress
// flags), a tooltip with the value and its trend, and a timeline with play over the periods.

import { sparkSvg } from '@gapscope/charts/spark.ts';
import { formatNumber } from '@gapscope/core/text/format.ts';
import { chartText } from '@gapscope/charts/text.ts';
import { baseOption, inkOf, SEQUENTIAL, TRAFFIC } from '@gapscope/charts/theme.ts';
import type { ChartOpts, ChartTable, EChartsOption } from '@gapscope/charts/types.ts';
import { binOf, quantileBins, trafficOf, type QuantileBins, type Traffic } from './bins.ts';
import {
  categoryPieces,
  classesAt,
  NO_CLASS,
  pieceValue,
  textOn,
  type TileCategories,
} from './categories.ts';

export type { TileCategories, TileClass } from './categories.ts';

/** The map name of the bundled hex tiles. */
export const TILE_MAP = 'gapscope-tiles';

/** What the map shows. */
export interface TileMapInput {
  /** A registered map whose features carry the unit code in `properties.code`. */
  map: string;
  periods: readonly string[];
  /** Index into `periods` of the period shown first. */
  current: number;
  /** Each unit's value by period (aligned with `periods`); null = missing. */
  values: ReadonlyMap<string, readonly (number | null)[]>;
  /** Full names for tooltips. */
  names: ReadonlyMap<string, string>;
  /** Text on the tiles (short names); none when omitted, e.g. on boundary maps. */
  labels?: ReadonlyMap<string, string> | null;
  /** The measure: its name, unit of measure, decimals and good direction. */
  measure: { name: string; unit?: string; digits?: number; direction?: 1 | -1 };
  /** Quantile classes pooled over all periods, traffic lights against `targets`, or `categories`. */
  bins: 'quantile' | 'traffic' | 'category';
  /** Number of quantile classes (default 5). */
  classes?: number;
  /** The target of each period (aligned with `periods`), for traffic lights. */
  targets?: readonly (number | null)[];
  /**
   * For `category`: the classes in legend order and each unit's class (an index into `classes`)
   * by period, aligned with `periods`; a unit without one, or with null, is shown as no data.
   */
  categories?: TileCategories;
  /** More tooltip lines of a unit by period (plain text), after its value. */
  notes?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The tooltip's trend line: its own years and values, instead of `values` over `periods`. */
  trend?: { from: string; to: string; values: ReadonlyMap<string, readonly (number | null)[]> };
  /** Which values were imputed, aligned with `values`. */
  imputed?: ReadonlyMap<string, readonly boolean[]>;
  /** Width ÷ height of a unit of the map's coordinates: 1 for tiles, cos(latitude) for lon/lat. */
  aspectScale?: number;
  /** A line under the map (e.g. the boundary file's approval number, 审图号). */
  caption?: string | null;
  /** Whether the timeline starts playing (default false). */
  autoPlay?: boolean;
}

/** A region's datum: code as name; value = the value (quantile), light code (traffic) or class. */
interface TileDatum {
  name: string;
  /** Index of the datum's period. */
  frame: number;
  value: number;
  raw: number | null;
  traffic: Traffic | null;
  label?: { color: string };
}

/** Stands for "no value" in quantile mode, below any real value, so the legend can show it. */
const MISSING = -Number.MAX_VALUE;
const LIGHTS: Traffic[] = ['met', 'near', 'behind', 'none'];
const LIGHT_CODE: Record<Traffic, number> = { met: 3, near: 2, behind: 1, none: 0 };

/** `k` colours spread evenly over the sequential ramp, light to dark. */
function ramp(k: number): string[] {
  if (k <= 1) return [SEQUENTIAL[3]];
  return Array.from(
    { length: k },
    (_, i) => SEQUENTIAL[Math.round((i * (SEQUENTIAL.length - 1)) / (k - 1))]!,
  );
}

/** The quantile bins of every value shown, all periods pooled. */
export function tileMapBins(input: TileMapInput): QuantileBins {
  const all: (number | null)[] = [];
  for (const v of input.values.values()) all.push(...v);
  return quantileBins(all, input.classes ?? 5);
}

function legendPieces(input: TileMapInput, bins: QuantileBins, current: number, opts: ChartOpts) {
  if (input.bins === 'category')
    return categoryPieces(input.categories, input.values.keys(), current, opts);
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const digits = input.measure.digits ?? 2;
  const f = (v: number): string => formatNumber(v, opts.lang, { digits });
  if (input.bins === 'traffic') {
    const label: Record<Traffic, string> = {
      met: w('traffic.met'),
      near: w('traffic.near'),
      behind: w('traffic.behind'),
      none: w('traffic.none'),
    };
    return LIGHTS.map((t) => ({ value: LIGHT_CODE[t], label: label[t], color: TRAFFIC[t] }));
  }
  const colours = ramp(bins.classes);
  const b = bins.breaks;
  const pieces = colours.map((color, k) => {
    if (bins.classes === 1) return { gt: MISSING, label: w('value'), color };
    if (k === 0)
      return { gt: MISSING, lte: b[0]!, label: w('quantile.low', { hi: f(b[0]!) }), color };
    if (k === colours.length - 1)
      return { gt: b[k - 1]!, label: w('quantile.high', { lo: f(b[k - 1]!) }), color };
    return {
      gt: b[k - 1]!,
      lte: b[k]!,
      label: w('quantile.bin', { lo: f(b[k - 1]!), hi: f(b[k]!) }),
      color,
    };
  });
  // Highest class first, as a legend reads top down; "no data" last.
  return [...pieces.reverse(), { value: MISSING, label: w('missing'), color: ink.missing }];
}

function frameData(
  input: TileMapInput,
  bins: QuantileBins,
  i: number,
  opts: ChartOpts,
): TileDatum[] {
  const dark = new Set<number>();
  for (let k = Math.ceil(bins.classes * 0.6); k < bins.classes; k++) dark.add(k);
  const target = input.targets?.[i] ?? null;
  const direction = input.measure.direction ?? 1;
  const classes =
    input.bins === 'category' ? classesAt(input.categories, input.values.keys(), i) : null;
  const ink = inkOf(opts);
  return [...input.values.entries()].map(([code, values]) => {
    const v = values[i];
    const raw = v === null || v === undefined || !Number.isFinite(v) ? null : v;
    if (classes) {
      const k = classes.get(code)!;
      const fill = k === NO_CLASS ? ink.missing : input.categories!.classes[k]!.colour;
      const value = pieceValue(input.categories, k);
      return { name: code, frame: i, value, raw, traffic: null, label: { color: textOn(fill) } };
    }
    if (input.bins === 'traffic') {
      const t = trafficOf(raw, target, direction);
      return { name: code, frame: i, value: LIGHT_CODE[t], raw, traffic: t };
    }
    const d: TileDatum = { name: code, frame: i, value: raw ?? MISSING, raw, traffic: null };
    if (raw !== null && dark.has(binOf(bins, raw))) d.label = { color: '#ffffff' };
    return d;
  });
}

/**
 * The map option: a timeline over `periods` (play, loop off) switching each period's data; a
 * piecewise legend (quantile classes pooled over the periods, highest first, then "no data"; the
 * four traffic lights; or the categories with each one's count in the period shown); tile labels;
 * a tooltip with name, value, target, the caller's notes and a spark line of the unit's values
 * over all periods (or over the trend's own years).
 */
export function buildTileMapOption(input: TileMapInput, opts: ChartOpts): EChartsOption {
  const w = chartText(opts.lang);
  const ink = inkOf(opts);
  const bins = tileMapBins(input);
  const digits = input.measure.digits ?? 2;
  const unit = input.measure.unit ? ` ${input.measure.unit}` : '';
  const current = Math.min(Math.max(0, input.current), Math.max(0, input.periods.length - 1));
  const labels = input.labels ?? null;
  const tooltip = (p: unknown): string => {
    const d = (p as { data?: TileDatum }).data;
    const code = d?.name ?? (p as { name: string }).name;
    const series = (input.trend?.values ?? input.values).get(code) ?? [];
    const i = d?.frame ?? current;
    const lines = [`<b>${input.names.get(code) ?? code}</b>`];
    const raw = d?.raw ?? null;
    const imputed = input.imputed?.get(code)?.[i] ? ` (${w('imputed')})` : '';
    lines.push(
      `${input.measure.name}: ${raw === null ? w('missing') : formatNumber(raw, opts.lang, { digits }) + unit}${imputed}`,
    );
    const target = input.targets?.[i] ?? null;
    if (input.bins === 'traffic' && target !== null)
      lines.push(w('target.value', { value: formatNumber(target, opts.lang, { digits }) + unit }));
    for (const note of input.notes?.get(code)?.[i] ?? []) lines.push(escapeHtml(note));
    const spark = sparkSvg(series, { width: 120, height: 32 });
    const from = input.trend?.from ?? input.periods[0] ?? '';
    const to = input.trend?.to ?? input.periods.at(-1) ?? '';
    if (spark)
      lines.push(
        `<span style="color:${ink.muted};font-size:11px">${w('trend')} ${from}–${to}</span><br/>${spark}`,
      );
    return lines.join('<br/>');
  };
  const frames = input.periods.map((_, i) => frameData(input, bins, i, opts));
  const timeline = input.periods.length > 1;
  const series = {
    type: 'map' as const,
    map: input.map,
    nameProperty: 'code',
    roam: false,
    selectedMode: false as const,
    aspectScale: input.aspectScale ?? 1,
    layoutCenter: ['44%', timeline ? '46%' : '50%'],
    layoutSize: timeline ? '84%' : '94%',
    itemStyle: { areaColor: ink.missing, borderColor: ink.background, borderWidth: 1 },
    emphasis: {
      label: { show: !!labels, color: ink.text },
      itemStyle: { areaColor: '#FFD54F', borderColor: ink.text, borderWidth: 1 },
    },
    label: {
      show: !!labels,
      color: ink.text,
      fontSize: opts.lang === 'en' ? 8 : 10,
      formatter: (p: unknown) => labels?.get((p as { name: string }).name) ?? '',
    },
  };
  const base: EChartsOption = {
    ...baseOption(opts),
    tooltip: { trigger: 'item', confine: true, formatter: tooltip },
    visualMap: {
      type: 'piecewise',
      pieces: legendPieces(input, bins, current, opts),
      dimension: 0,
      right: 8,
      top: 'middle',
      orient: 'vertical',
      itemWidth: 14,
      itemHeight: 10,
      itemGap: 6,
      // Long measure names break onto more lines instead of running over the tiles.
      textStyle: { color: ink.text, fontSize: 11, width: 150, overflow: 'break' },
      // With a title (`text`) ECharts hides the pieces' labels unless told to show them.
      text: input.bins === 'quantile' ? [input.measure.name + unit, ''] : undefined,
      showLabel: true,
      textGap: 8,
    },
    graphic: input.caption
      ? [
          {
            type: 'text',
            // Under the period's title, clear of the timeline and the legend.
            left: 10,
            top: 40,
            style: { text: input.caption, fill: ink.muted, fontSize: 12 },
            silent: true,
          },
        ]
      : undefined,
    series: [series],
  };
  if (!timeline) {
    return {
      ...base,
      title: periodTitle(input.periods[current] ?? '', ink.muted),
      series: [{ ...series, data: frames[current] ?? [] }],
    };
  }
  return {
    baseOption: {
      ...base,
      timeline: {
        axisType: 'category',
        data: [...input.periods],
        currentIndex: current,
        autoPlay: input.autoPlay ?? false,
        loop: false,
        playInterval: 1200,
        left: 24,
        right: 24,
        bottom: 4,
        height: 44,
        label: { color: ink.muted, fontSize: 11 },
        lineStyle: { color: ink.grid },
        itemStyle: { color: ink.axis },
        checkpointStyle: { color: SEQUENTIAL[5], borderColor: SEQUENTIAL[2] },
        controlStyle: { color: ink.muted, borderColor: ink.muted },
        progress: { lineStyle: { color: SEQUENTIAL[4] }, itemStyle: { color: SEQUENTIAL[4] } },
      },
    },
    options: input.periods.map((p, i) => ({
      title: periodTitle(p, ink.muted),
      // A categorical legend counts the units of each frame.
      ...(input.bins === 'category'
        ? { visualMap: { pieces: categoryPieces(input.categories, input.values.keys(), i, opts) } }
        : {}),
      series: [{ data: frames[i] }],
    })),
  } as EChartsOption;
}

/** Plain text for the tooltip's HTML. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function periodTitle(period: string, colour: string) {
  return {
    text: period,
    left: 8,
    top: 4,
    textStyle: { fontSize: 20, fontWeight: 'bold' as const, color: colour },
  };
}

/**
 * The map's data in one period as displayed: code, name, value, and the light when judged or the
 * class when categorical.
 */
export function tileMapTable(input: TileMapInput, period: number, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  const target = input.targets?.[period] ?? null;
  const traffic = input.bins === 'traffic';
  const classes =
    input.bins === 'category' ? classesAt(input.categories, input.values.keys(), period) : null;
  const classLabel = (code: string): string => {
    const k = classes!.get(code)!;
    return k === NO_CLASS ? w('missing') : input.categories!.classes[k]!.label;
  };
  const names: Record<Traffic, string> = {
    met: w('traffic.met'),
    near: w('traffic.near'),
    behind: w('traffic.behind'),
    none: w('traffic.none'),
  };
  return {
    header: [
      w('code'),
      w('name'),
      w('period'),
      input.measure.unit ? `${input.measure.name} (${input.measure.unit})` : input.measure.name,
      ...(traffic ? [w('target'), w('status')] : []),
      ...(classes ? [w('status')] : []),
    ],
    rows: [...input.values.entries()].map(([code, values]) => {
      const v = values[period] ?? null;
      return [
        code,
        input.names.get(code) ?? code,
        input.periods[period] ?? '',
        v,
        ...(traffic ? [target, names[trafficOf(v, target, input.measure.direction ?? 1)]] : []),
        ...(classes ? [classLabel(code)] : []),
      ];
    }),
  };
}
