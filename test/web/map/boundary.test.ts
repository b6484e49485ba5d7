import { describe, expect, it } from 'vitest';
import { checkBoundary } from '../../../web/src/map/boundary.ts';
import { hexGeoJson } from '../../../web/src/map/hex-geojson.ts';
import { parseTileLayout } from '../../../web/src/map/tile-layout.ts';
import { countyUnits, layoutText } from './geography.ts';

const units = new Map(countyUnits().map((u) => [u.code, u.nameZh]));
const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});

describe('checkBoundary', () => {
  it('accepts a complete file and reads its approval number', () => {
    const fc = { ...hexGeoJson(parseTileLayout(layoutText())), 审图号: '浙S(2024)001号' };
    const r = checkBoundary(fc, units, 'zh-CN');
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.matched).toBe(90);
    expect(r.approval).toBe('浙S(2024)001号');
    expect(r.geojson!.features).toHaveLength(90);
  });

  it('takes adcode when there is no code, as a string, and warns about units without a feature', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { adcode: 330102, name: '上城区' }, geometry: square(0) },
        {
          type: 'Feature',
          properties: { code: '330105' },
          geometry: { type: 'MultiPolygon', coordinates: [square(1).coordinates] },
        },
      ],
    };
    const r = checkBoundary(fc, units, 'en');
    expect(r.errors).toEqual([]);
    expect(r.geojson!.features.map((f) => f.properties.code)).toEqual(['330102', '330105']);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatch(/^88 units have no boundary and will show as no data: /);
    expect(r.approval).toBeNull();
  });

  it('names every bad feature and what is wrong with it', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '330102' }, geometry: square(0) },
        { type: 'Feature', properties: { code: '330102' }, geometry: square(1) },
        { type: 'Feature', properties: { code: '999999' }, geometry: square(2) },
        { type: 'Feature', properties: {}, geometry: square(3) },
        {
          type: 'Feature',
          properties: { code: '330105' },
          geometry: { type: 'Point', coordinates: [0, 0] },
        },
        { type: 'Thing' },
      ],
    };
    const r = checkBoundary(fc, units, 'zh-CN');
    expect(r.geojson).toBeNull();
    expect(r.errors).toEqual([
      '第 2 个要素的代码 330102（上城区）与第 1 个要素重复。',
      '第 3 个要素的代码 999999 不是已知的县级单位。',
      '第 4 个要素没有 code（或 adcode）属性。',
      '第 5 个要素的几何须为 Polygon 或 MultiPolygon（实为 Point）。',
      '第 6 个要素不是 Feature。',
    ]);
  });

  it('refuses what is not a FeatureCollection', () => {
    expect(checkBoundary([], units, 'en').errors).toEqual([
      'The file is not a GeoJSON FeatureCollection (its type is array).',
    ]);
    expect(checkBoundary({ type: 'Feature' }, units, 'en').errors[0]).toContain(
      'its type is Feature',
    );
    expect(checkBoundary({ type: 'FeatureCollection', features: [] }, units, 'en').errors).toEqual([
      'The file has no features (features is empty or missing).',
    ]);
  });

  it('lists the first twelve problems and counts the rest', () => {
    const fc = {
      type: 'FeatureCollection',
      features: Array.from({ length: 20 }, () => ({
        type: 'Feature',
        properties: {},
        geometry: square(0),
      })),
    };
    const r = checkBoundary(fc, units, 'en');
    expect(r.errors).toHaveLength(13);
    expect(r.errors.at(-1)).toBe('8 more problems not listed.');
  });
});
