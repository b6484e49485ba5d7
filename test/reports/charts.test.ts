// The dashboard's chart builders drawn on the server as SVG that the PDF's SVG reader accepts.

import { describe, expect, it } from 'vitest';
import { buildRadarOption } from '../../src/charts/radar.ts';
import { buildTrendOption } from '../../src/charts/trend.ts';
import { chartSvg, pdfSafe } from '../../src/reports/charts/svg.ts';

describe('charts for the PDF', () => {
  it('rewrites quoted font lists and colours with alpha', () => {
    const svg =
      '<text style="font-size:12px;font-family:&quot;x&quot;;">a</text>' +
      '<text style="font-size:12px;font-family:"Noto Sans SC", "PingFang SC", sans-serif;">b</text>' +
      '<path fill="#ffffff00" stroke="#0072B280"/>';
    expect(pdfSafe(svg, 'cjk')).toBe(
      '<text style="font-size:12px;font-family:&quot;x&quot;;">a</text>' +
        '<text style="font-size:12px;font-family:cjk;">b</text>' +
        '<path fill="#ffffff" fill-opacity="0" stroke="#0072B2" stroke-opacity="0.502"/>',
    );
  });

  it('draws a trend and a radar with their Chinese text in the one family, no quotes', () => {
    const trend = chartSvg(
      buildTrendOption(
        { periods: ['2024', '2025'], series: [{ name: '桐庐县', values: [62.4, 58.3] }] },
        { lang: 'zh-CN' },
      ),
      { width: 400, height: 200 },
      'cjk',
    );
    expect(trend).toMatch(/^<svg /);
    expect(trend).toContain('2025');
    expect(trend).not.toMatch(/font-family:[^;]*"/);
    expect(trend).toContain('font-family:cjk;');
    const radar = chartSvg(
      buildRadarOption(
        {
          domains: [
            { id: 'A', name: '强城' },
            { id: 'B', name: '兴村' },
            { id: 'C', name: '融合' },
          ],
          unit: { name: '桐庐县', scores: { A: 40, B: 60, C: 70 } },
        },
        { lang: 'zh-CN' },
      ),
      { width: 300, height: 300 },
      'cjk',
    );
    for (const t of ['强城', '兴村', '融合', '桐庐县']) expect(radar).toContain(t);
    expect(radar).not.toMatch(/#[0-9a-fA-F]{8}"/);
  });
});
