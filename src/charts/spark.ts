// A tiny trend line for tooltips and table cells: an ECharts option, or plain SVG markup that a
// tooltip formatter can return as HTML.

import { baseOption, PALETTE } from './theme.ts';
import type { ChartOpts, EChartsOption } from './types.ts';

/** Values in time order; null = missing (a gap in the line). */
export interface SparkInput {
  values: readonly (number | null)[];
  colour?: string;
}

/** A line without axes, grid or labels, the last point marked. */
export function buildSparkOption(input: SparkInput, opts: ChartOpts): EChartsOption {
  const last = lastIndex(input.values);
  return {
    ...baseOption(opts),
    aria: { enabled: false },
    animation: false,
    grid: { left: 2, right: 4, top: 4, bottom: 4 },
    xAxis: {
      type: 'category',
      show: false,
      boundaryGap: false,
      data: input.values.map((_, i) => String(i)),
    },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        data: input.values.map((v, i) =>
          v === null || !Number.isFinite(v)
            ? null
            : i === last
              ? { value: v, symbol: 'circle', symbolSize: 4 }
              : v,
        ),
        showSymbol: true,
        symbol: 'none',
        lineStyle: { width: 1.5, color: input.colour ?? PALETTE[0] },
        itemStyle: { color: input.colour ?? PALETTE[0] },
        silent: true,
      },
    ],
  };
}

function lastIndex(values: readonly (number | null)[]): number {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) return i;
  }
  return -1;
}

/**
 * The same line as an SVG element (`width` × `height` px, 2 px inset), for HTML tooltips: a
 * polyline per run of present values and a dot on the last. Empty string when fewer than two
 * values are present.
 */
export function sparkSvg(
  values: readonly (number | null)[],
  size: { width: number; height: number; colour?: string } = { width: 96, height: 28 },
): string {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length < 2) return '';
  const { width, height } = size;
  const colour = size.colour ?? PALETTE[0];
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const x = (i: number): number =>
    2 + (values.length > 1 ? (i / (values.length - 1)) * (width - 4) : 0);
  const y = (v: number): number =>
    hi > lo ? 2 + ((hi - v) / (hi - lo)) * (height - 4) : height / 2;
  const r = (n: number): string => n.toFixed(1);
  const runs: string[][] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(`${r(x(i))},${r(y(v))}`);
  });
  if (run.length) runs.push(run);
  const last = lastIndex(values);
  const lines = runs
    .map(
      (pts) =>
        `<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.5"/>`,
    )
    .join('');
  const dot = `<circle cx="${r(x(last))}" cy="${r(y(values[last]!))}" r="2" fill="${colour}"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true">${lines}${dot}</svg>`;
}
