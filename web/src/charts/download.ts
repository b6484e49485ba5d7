// Downloads of a chart: PNG from the canvas, SVG by drawing the same option again with ECharts'
// SVG renderer, and the chart's data as CSV with formula-injection-safe cells.

import { safeName, toCsv } from '@gapscope/charts/csv.ts';
import { echarts, type EChartsInstance } from './echarts.ts';
import type { ChartTable } from '@gapscope/charts/types.ts';

export { safeName, toCsv };

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeName(name);
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The table as `name`.csv, UTF-8 with a BOM so that spreadsheets read Chinese correctly. */
export function downloadCsv(name: string, table: ChartTable): void {
  saveBlob(`${name}.csv`, new Blob(['\ufeff', toCsv(table)], { type: 'text/csv;charset=utf-8' }));
}

/** The chart as `name`.png at twice its size, on white. */
export function downloadPng(chart: EChartsInstance, name = 'chart'): void {
  const url = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
  const a = document.createElement('a');
  a.href = url;
  a.download = safeName(`${name}.png`);
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The SVG text of the chart's current option, drawn again by the SVG renderer at the same size. */
export function chartSvg(chart: EChartsInstance): string {
  const svg = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: chart.getWidth(),
    height: chart.getHeight(),
  });
  try {
    svg.setOption({ ...chart.getOption(), animation: false } as never);
    return svg.renderToSVGString();
  } finally {
    svg.dispose();
  }
}

/** The chart as `name`.svg (vector: scales and edits cleanly). */
export function downloadSvg(chart: EChartsInstance, name = 'chart'): void {
  saveBlob(`${name}.svg`, new Blob([chartSvg(chart)], { type: 'image/svg+xml;charset=utf-8' }));
}
