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
});
