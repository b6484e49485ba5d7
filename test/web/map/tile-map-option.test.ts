import { describe, expect, it } from 'vitest';
import { mulberry32, normal } from '../../../src/core/random.ts';
import { registerTiles } from '../../../web/src/map/register.ts';
import { shortName } from '../../../web/src/map/short-name.ts';
import {
  buildTileMapOption,
  tileMapBins,
  tileMapTable,
  TILE_MAP,
  type TileMapInput,
} from '../../../web/src/map/tile-map-option.ts';
import { renderSvg } from '../../charts/render.ts';
import { countyUnits } from './geography.ts';

const units = countyUnits();
const periods = ['2023', '2024', '2025'];

/** Seeded index scores: a unit's level plus a small rise each year; 330102 missing in 2025. */
function makeInput(overrides: Partial<TileMapInput> = {}): TileMapInput {
  const rng = mulberry32(11);
  return {
    map: registerTiles(),
    periods,
    current: 2,
    values: new Map(
      units.map((u) => {
        const level = 60 + 8 * normal(rng);
        return [
          u.code,
          periods.map((_, i) =>
            u.code === '330102' && i === 2 ? null : Math.round((level + 1.5 * i) * 10) / 10,
          ),
        ];
      }),
    ),
    names: new Map(units.map((u) => [u.code, u.nameZh])),
    labels: new Map(units.map((u) => [u.code, shortName(u.nameZh)])),
    measure: { name: '总指数', digits: 1 },
    bins: 'quantile',
    ...overrides,
  };
}

type Frames = {
  baseOption: {
    timeline: { data: string[]; currentIndex: number };
    visualMap: { pieces: { label: string; color: string; value?: number }[] };
    series: { map: string; nameProperty: string }[];
  };
  options: {
    title: { text: string };
    series: { data: { name: string; value: number; raw: number | null }[] }[];
  }[];
};

describe('shortName', () => {
  it('drops the administrative suffix', () => {
    expect(shortName('上城区')).toBe('上城');
    expect(shortName('景宁畲族自治县')).toBe('景宁');
    expect(shortName('Shangcheng District')).toBe('Shangcheng');
    expect(shortName('Jingning She Autonomous County')).toBe('Jingning');
    expect(shortName('区')).toBe('区');
  });
});

describe('buildTileMapOption', () => {
  it('has a frame per period with a datum per unit, on the tiles, starting at the current period', () => {
    const o = buildTileMapOption(makeInput(), { lang: 'zh-CN' }) as unknown as Frames;
    expect(o.baseOption.series[0]!.map).toBe(TILE_MAP);
    expect(o.baseOption.series[0]!.nameProperty).toBe('code');
    expect(o.baseOption.timeline.data).toEqual(periods);
    expect(o.baseOption.timeline.currentIndex).toBe(2);
    expect(o.options.map((f) => f.title.text)).toEqual(periods);
    for (const f of o.options) expect(f.series[0]!.data).toHaveLength(90);
    const missing = o.options[2]!.series[0]!.data.find((d) => d.name === '330102')!;
    expect(missing.raw).toBeNull();
  });

  it('pools the quantile classes over every period: five classes, highest first, then no data', () => {
    const input = makeInput();
    const o = buildTileMapOption(input, { lang: 'zh-CN' }) as unknown as Frames;
    const pieces = o.baseOption.visualMap.pieces;
    expect(pieces).toHaveLength(6);
    expect(pieces.at(-1)!.label).toBe('无数据');
    expect(pieces[0]!.label.startsWith('> ')).toBe(true);
    expect(pieces[4]!.label.startsWith('≤ ')).toBe(true);
    const bins = tileMapBins(input);
    expect(bins.breaks).toHaveLength(4);
    // The same classes in every frame: a 2023 value and a 2025 value of the same size share a colour.
    expect(new Set(pieces.map((p) => p.color)).size).toBe(6);
  });

  it('shows traffic lights against each period’s target', () => {
    const o = buildTileMapOption(
      makeInput({
        bins: 'traffic',
        targets: [null, 60, 64],
        measure: { name: 'P2', direction: 1 },
      }),
      { lang: 'en' },
    ) as unknown as Frames;
    expect(o.baseOption.visualMap.pieces.map((p) => p.label)).toEqual([
      'Target met',
      'Near target (within 5 %)',
      'Behind target',
      'No target or no data',
    ]);
    const codes = (i: number) => new Set(o.options[i]!.series[0]!.data.map((d) => d.value));
    expect(codes(0)).toEqual(new Set([0])); // no target in 2023
    expect(codes(1).size).toBeGreaterThan(1);
  });

  it('has a single frame and no timeline for one period, and tabulates what it shows', () => {
    const input = makeInput({ periods: ['2025'], current: 0 });
    const o = buildTileMapOption(input, { lang: 'en' }) as {
      timeline?: unknown;
      series: { data: unknown[] }[];
    };
    expect(o.timeline).toBeUndefined();
    expect(o.series[0]!.data).toHaveLength(90);
    const t = tileMapTable(makeInput(), 1, { lang: 'en' });
    expect(t.header).toEqual(['Code', 'Name', 'Period', '总指数']);
    expect(t.rows).toHaveLength(90);
    expect(t.rows.every((r) => r[2] === '2024')).toBe(true);
  });

  it('matches its SVG snapshot (the default tile map)', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const labels =
        lang === 'en' ? new Map(units.map((u) => [u.code, shortName(u.nameEn)])) : undefined;
      // English: the index's long name, which the legend must break onto lines.
      const input = makeInput(
        labels
          ? {
              labels,
              measure: {
                name: 'Urban–Rural Integration High-Quality Development Index',
                digits: 1,
              },
            }
          : {},
      );
      await expect(
        renderSvg(buildTileMapOption(input, { lang }), { lang, width: 760, height: 640 }),
      ).toMatchFileSnapshot(`__snapshots__/tile-map.${lang}.svg`);
    }
  });

  describe('categories', () => {
    const classes = [
      { label: '甲', colour: '#0072B2' },
      { label: '乙', colour: '#E69F00' },
      { label: '丙', colour: '#D55E00' },
    ];
    /** Unit k in class (k + period) mod 3; 330102 without a class in 2025, 330105 out of range. */
    function categorical(overrides: Partial<TileMapInput> = {}): TileMapInput {
      return makeInput({
        bins: 'category',
        categories: {
          classes,
          of: new Map(
            units.map((u, k) => [
              u.code,
              periods.map((_, i) =>
                u.code === '330102' && i === 2 ? null : u.code === '330105' ? 7 : (k + i) % 3,
              ),
            ]),
          ),
        },
        ...overrides,
      });
    }
    type Pieces = { label: string; color: string; value: number }[];
    /** A unit with a class in every period, and its place in the list. */
    const k = units.findIndex((u) => u.code !== '330102' && u.code !== '330105');
    const code = units[k]!.code;
    /** Expected counts of each class in period i, and of units without one. */
    function counts(i: number): { classes: number[]; none: number } {
      const c = [0, 0, 0];
      let none = 0;
      units.forEach((u, k) => {
        if ((u.code === '330102' && i === 2) || u.code === '330105') none++;
        else c[(k + i) % 3]!++;
      });
      return { classes: c, none };
    }

    it('has a piece per class in order with the count of the period shown, then no data', () => {
      const o = buildTileMapOption(categorical(), { lang: 'zh-CN' }) as unknown as Frames;
      const want = counts(2);
      const pieces = o.baseOption.visualMap.pieces as Pieces;
      expect(pieces.map((p) => p.label)).toEqual([
        `甲（${want.classes[0]}）`,
        `乙（${want.classes[1]}）`,
        `丙（${want.classes[2]}）`,
        `无数据（${want.none}）`,
      ]);
      expect(pieces.map((p) => p.color)).toEqual([...classes.map((c) => c.colour), '#eeeeee']);
      // Listed by value, highest on top: the first class on top, no data at the bottom.
      expect(pieces.map((p) => p.value)).toEqual([3, 2, 1, 0]);
      expect(want.classes.reduce((a, b) => a + b, 0) + want.none).toBe(90);
    });

    it('counts each frame’s own classes, and colours each datum by its class', () => {
      const o = buildTileMapOption(categorical(), { lang: 'en' }) as unknown as Frames & {
        options: { visualMap: { pieces: Pieces } }[];
      };
      for (const i of [0, 1, 2]) {
        const want = counts(i);
        const labels = o.options[i]!.visualMap.pieces.map((p) => p.label);
        expect(labels.slice(0, 3)).toEqual(
          ['甲', '乙', '丙'].map((l, k) => `${l} (${want.classes[k]})`),
        );
        expect(labels[3]).toBe(`No data (${want.none})`);
        const data = o.options[i]!.series[0]!.data;
        expect(data.find((d) => d.name === code)!.value).toBe(3 - ((k + i) % 3));
        expect(data.find((d) => d.name === '330105')!.value).toBe(0);
      }
      expect(o.options[2]!.series[0]!.data.find((d) => d.name === '330102')!.value).toBe(0);
    });

    it('writes tile labels that read on their class: white on blue and vermilion, dark on orange', () => {
      const o = buildTileMapOption(categorical({ periods: ['2025'], current: 0 }), {
        lang: 'zh-CN',
      }) as unknown as { series: { data: { value: number; label: { color: string } }[] }[] };
      const colour = (k: number) => o.series[0]!.data.find((d) => d.value === 3 - k)!.label.color;
      expect(colour(0)).toBe('#ffffff');
      expect(colour(1)).toBe('#1f2329');
      expect(colour(2)).toBe('#ffffff');
    });

    it('puts the caller’s notes (as text) and its own trend years in the tooltip', () => {
      const input = categorical({
        periods: ['2025'],
        current: 0,
        values: new Map(units.map((u) => [u.code, [u.code === code ? 57640.37 : 1]])),
        measure: { name: '农村居民收入', digits: 0, unit: 'CNY' },
        notes: new Map([[code, [['进度：已达成', 'r < 1 & p > 0.5']]]]),
        trend: {
          from: '2016',
          to: '2025',
          values: new Map([[code, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]]]),
        },
      });
      const o = buildTileMapOption(input, { lang: 'zh-CN' }) as unknown as {
        tooltip: { formatter(p: unknown): string };
        series: { data: unknown[] }[];
      };
      const datum = o.series[0]!.data.find((d) => (d as { name: string }).name === code);
      const html = o.tooltip.formatter({ data: datum });
      expect(html).toContain('农村居民收入: 57,640 CNY');
      expect(html).toContain('<br/>进度：已达成<br/>r &lt; 1 &amp; p &gt; 0.5<br/>');
      expect(html).toContain('2016–2025');
      expect(html).toContain('<svg');
    });

    it('tabulates each unit’s class, no data without one', () => {
      const t = tileMapTable(categorical(), 2, { lang: 'zh-CN' });
      expect(t.header).toEqual(['代码', '名称', '期别', '总指数', '状态']);
      const row = (code: string) => t.rows.find((r) => r[0] === code)!;
      expect(row('330102')[4]).toBe('无数据');
      expect(row(code)[4]).toBe(['甲', '乙', '丙'][(k + 2) % 3]);
    });

    it('matches its SVG snapshot', async () => {
      await expect(
        renderSvg(
          buildTileMapOption(categorical({ periods: ['2025'], current: 0 }), { lang: 'zh-CN' }),
          {
            lang: 'zh-CN',
            width: 760,
            height: 640,
          },
        ),
      ).toMatchFileSnapshot('__snapshots__/tile-map.category.zh-CN.svg');
    });
  });
});
