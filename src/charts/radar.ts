// A unit's domain scores against the province mean and its city's mean, on a 0–100 radar.

import { formatNumber } from '../core/text/format.ts';
import { baseOption, inkOf, PALETTE } from './theme.ts';
import { chartText } from './text.ts';
import type { ChartOpts, ChartTable, EChartsOption } from './types.ts';

/** Domain scores by domain id; null = no score. */
export type DomainScores = Readonly<Record<string, number | null>>;

/** The framework's domains in order, and the scores to compare. */
export interface RadarInput {
  domains: readonly { id: string; name: string }[];
  unit: { name: string; scores: DomainScores };
  /** Mean over all units (the profile's `domainMeans.all`). */
  province?: DomainScores | null;
  /** Mean over the unit's city (the profile's `domainMeans.city`), with the city's name. */
  city?: { name: string; scores: DomainScores } | null;
  /** The scale's top (default 100). */
  max?: number;
}

interface RadarLine {
  name: string;
  scores: DomainScores;
  colour: string;
  area: boolean;
  dashed: boolean;
}

function linesOf(input: RadarInput, opts: ChartOpts): RadarLine[] {
  const w = chartText(opts.lang);
  const lines: RadarLine[] = [
    {
      name: input.unit.name,
      scores: input.unit.scores,
      colour: PALETTE[0],
      area: true,
      dashed: false,
    },
  ];
  if (input.province)
    lines.push({
      name: w('province.mean'),
      scores: input.province,
      colour: PALETTE[1],
      area: false,
      dashed: true,
    });
  if (input.city)
    lines.push({
      name: w('city.mean', { city: input.city.name }),
      scores: input.city.scores,
      colour: PALETTE[2],
      area: false,
      dashed: true,
    });
  return lines;
}

/** One polygon per line (the unit filled), an axis per domain, in the framework's order. */
export function buildRadarOption(input: RadarInput, opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  const max = input.max ?? 100;
  const lines = linesOf(input, opts);
  return {
    ...baseOption(opts),
    legend: { bottom: 0, textStyle: { color: ink.text } },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const d = p as { seriesName: string; name: string; value: (number | null)[] };
        return [
          `<b>${d.name}</b>`,
          ...input.domains.map(
            (dom, k) =>
              `${dom.name}: ${formatNumber(d.value[k] ?? null, opts.lang, { digits: 1 })}`,
          ),
        ].join('<br/>');
      },
    },
    radar: {
      center: ['50%', '48%'],
      radius: '62%',
      indicator: input.domains.map((d) => ({ name: d.name, min: 0, max })),
      axisName: { color: ink.text },
      splitLine: { lineStyle: { color: ink.grid } },
      splitArea: { show: false },
      axisLine: { lineStyle: { color: ink.grid } },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 4,
        data: lines.map((l) => ({
          name: l.name,
          value: input.domains.map((d) => {
            const v = l.scores[d.id];
            return v === null || v === undefined || !Number.isFinite(v) ? null : v;
          }) as number[],
          itemStyle: { color: l.colour },
          lineStyle: {
            color: l.colour,
            width: l.area ? 2 : 1.5,
            type: l.dashed ? 'dashed' : 'solid',
          },
          areaStyle: l.area ? { color: l.colour, opacity: 0.18 } : undefined,
        })),
      },
    ],
  };
}

/** The radar's data as displayed: a row per domain, a column per line. */
export function radarTable(input: RadarInput, opts: ChartOpts): ChartTable {
  const w = chartText(opts.lang);
  const lines = linesOf(input, opts);
  return {
    header: [w('domain'), ...lines.map((l) => l.name)],
    rows: input.domains.map((d) => [d.name, ...lines.map((l) => l.scores[d.id] ?? null)]),
  };
}
