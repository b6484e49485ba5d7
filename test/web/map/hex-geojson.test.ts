import { describe, expect, it } from 'vitest';
import { hexGeoJson } from '../../../web/src/map/hex-geojson.ts';
import { hexCentre, parseTileLayout } from '../../../web/src/map/tile-layout.ts';
import { layoutText } from './geography.ts';

const layout = parseTileLayout(layoutText());

/** Twice the signed area of a ring (positive = counter-clockwise with y up). */
function signedArea2(ring: [number, number][]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++)
    a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return a;
}

describe('hexGeoJson', () => {
  const size = 2;
  const fc = hexGeoJson(layout, size);

  it('is a FeatureCollection with one Polygon feature per unit, carrying its code', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(90);
    expect(new Set(fc.features.map((f) => f.properties.code)).size).toBe(90);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Polygon');
    }
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('closes every ring of 6 corners, counter-clockwise (RFC 7946), area (3√3/2)·s²', () => {
    for (const f of fc.features) {
      const ring = f.geometry.coordinates[0] as [number, number][];
      expect(ring).toHaveLength(7);
      expect(ring[6]).toEqual(ring[0]);
      expect(ring.flat().every(Number.isFinite)).toBe(true);
      const area = signedArea2(ring) / 2;
      expect(area).toBeGreaterThan(0);
      expect(area).toBeCloseTo(((3 * Math.sqrt(3)) / 2) * size * size, 4);
    }
  });

  it('keeps north up: row 0 has the largest y, and each hex is centred on its tile', () => {
    const f = fc.features[0]!;
    const ring = f.geometry.coordinates[0] as [number, number][];
    const cx = ring.slice(0, 6).reduce((a, p) => a + p[0], 0) / 6;
    const cy = ring.slice(0, 6).reduce((a, p) => a + p[1], 0) / 6;
    const [x, y] = hexCentre(layout[0]!, size);
    expect(cx).toBeCloseTo(x, 5);
    expect(cy).toBeCloseTo(-y, 5);
    const top = Math.max(
      ...fc.features.map((g) => (g.geometry.coordinates[0] as [number, number][])[0]![1]),
    );
    const northmost = fc.features.filter((g) => g.properties.row === 0);
    expect((northmost[0]!.geometry.coordinates[0] as [number, number][])[0]![1]).toBeCloseTo(
      top,
      9,
    );
  });
});
