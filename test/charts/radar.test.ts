import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../src/core/framework/parse.ts';
import { buildRadarOption, radarTable } from '../../src/charts/radar.ts';
import { renderSvg } from './render.ts';

// The bundled framework's domains, as the unit profile sends them.
const framework = parseFramework(
  readFileSync('data/frameworks/zhejiang-default.yaml', 'utf8'),
  'zhejiang-default.yaml',
);
const domains = framework.root.children.map((d) => ({ id: d.id, name: d.name.zh }));

const input = {
  domains,
  unit: {
    name: '淳安县',
    scores: { CITY: 48.2, VILLAGE: 71.5, INTEGRATION: 66, PROSPERITY: 58.9 },
  },
  province: { CITY: 60.1, VILLAGE: 62.3, INTEGRATION: 64.8, PROSPERITY: 61.2 },
  city: {
    name: '杭州市',
    scores: { CITY: 70.4, VILLAGE: 60.2, INTEGRATION: 68.8, PROSPERITY: 66.1 },
  },
};

describe('buildRadarOption', () => {
  it('has an axis per domain of the framework, in its order, and three lines', () => {
    const o = buildRadarOption(input, { lang: 'zh-CN' }) as {
      radar: { indicator: { name: string; max: number }[] };
      series: { data: { name: string; value: (number | null)[] }[] }[];
    };
    expect(domains.map((d) => d.name)).toEqual(['强城', '兴村', '融合', '富民']);
    expect(o.radar.indicator.map((i) => i.name)).toEqual(['强城', '兴村', '融合', '富民']);
    expect(o.radar.indicator.every((i) => i.max === 100)).toBe(true);
    expect(o.series[0]!.data.map((d) => d.name)).toEqual(['淳安县', '全省平均', '杭州市平均']);
    expect(o.series[0]!.data[0]!.value).toEqual(
      domains.map((d) => input.unit.scores[d.id as 'CITY']),
    );
  });

  it('leaves out the means it is not given and tabulates what it shows', () => {
    const o = buildRadarOption({ domains, unit: input.unit }, { lang: 'en' }) as {
      series: { data: unknown[] }[];
    };
    expect(o.series[0]!.data).toHaveLength(1);
    const t = radarTable(input, { lang: 'en' });
    expect(t.header).toEqual(['Domain', '淳安县', 'Province mean', '杭州市 mean']);
    expect(t.rows).toHaveLength(4);
  });

  it('matches its SVG snapshot', async () => {
    await expect(
      renderSvg(buildRadarOption(input, { lang: 'zh-CN' }), {
        lang: 'zh-CN',
        width: 480,
        height: 400,
      }),
    ).toMatchFileSnapshot('__snapshots__/radar.zh-CN.svg');
  });
});
