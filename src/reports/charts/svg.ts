// An ECharts option drawn on the server as SVG (ECharts' server-side rendering, no browser and no
// canvas), ready for pdfmake's `svg` node.

import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, LineChart, RadarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  BarChart,
  BoxplotChart,
  LineChart,
  RadarChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TitleComponent,
  SVGRenderer,
]);

/** The size a chart is drawn at, in CSS pixels (the PDF scales it to the width it is placed at). */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * The SVG with what the PDF's SVG reader misreads rewritten: a quoted font list (written unescaped
 * into a style attribute) becomes the one family, and `#rrggbbaa` colours (drawn opaque) become a
 * colour and an opacity.
 */
export function pdfSafe(svg: string, fontFamily: string): string {
  return svg
    .replace(/font-family:[^;"]*("[^"]*"[^;"]*)*;/g, (m) =>
      m.includes('"') ? `font-family:${fontFamily};` : m,
    )
    .replace(
      /\b(fill|stroke)="#([0-9a-fA-F]{6})([0-9a-fA-F]{2})"/g,
      (_m, attr: string, rgb: string, alpha: string) =>
        `${attr}="#${rgb}" ${attr}-opacity="${Math.round((parseInt(alpha, 16) / 255) * 1000) / 1000}"`,
    );
}

/**
 * The chart as an SVG document. Every text is set in `fontFamily` (the family registered with
 * pdfmake): a font list with quoted names would also be written unescaped into the SVG's style
 * attributes, which no XML parser accepts. No animation, tooltip or aria text: a page is static.
 */
export function chartSvg(option: EChartsOption, size: ChartSize, fontFamily: string): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    const { tooltip: _tooltip, ...rest } = option;
    chart.setOption({
      ...rest,
      animation: false,
      aria: { enabled: false },
      textStyle: { ...(option.textStyle as object | undefined), fontFamily },
    });
    return pdfSafe(chart.renderToSVGString(), fontFamily);
  } finally {
    chart.dispose();
  }
}
