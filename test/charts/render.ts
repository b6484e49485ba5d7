// Draws an option as SVG text with ECharts' server-side renderer, as the snapshots and the PDF
// reports do: no DOM, no animation, a fixed size.

import type { Lang } from '../../src/i18n/index.ts';
import { echarts } from '../../web/src/charts/echarts.ts';
import type { EChartsOption } from '../../src/charts/types.ts';

/** The SVG of an option at `width` × `height` px, with ECharts' own words in the language. */
export function renderSvg(
  option: EChartsOption,
  opts: { lang: Lang; width?: number; height?: number },
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: opts.width ?? 640,
    height: opts.height ?? 400,
    locale: opts.lang === 'en' ? 'EN' : 'ZH',
  });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    assertWellFormedSvg(svg);
    return svg + '\n';
  } finally {
    chart.dispose();
  }
}

/**
 * Throws unless every tag of the SVG is well formed (attributes quoted, no stray quotes), so the
 * file opens on its own and not only inside an HTML page.
 */
export function assertWellFormedSvg(svg: string): void {
  const tag = /^<\/?[\w:-]+(\s+[\w:-]+="[^"<]*")*\s*\/?>$/;
  for (const m of svg.matchAll(/<[^!][^>]*>/g)) {
    if (!tag.test(m[0])) throw new Error(`malformed SVG tag: ${m[0].slice(0, 160)}`);
  }
}
