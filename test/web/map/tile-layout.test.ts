import { describe, expect, it } from 'vitest';
import { ZHEJIANG_TILES } from '../../../web/src/map/bundled-layout.ts';
import {
  hexCentre,
  hexCorners,
  hexNeighbours,
  parseTileLayout,
  TileLayoutError,
} from '../../../web/src/map/tile-layout.ts';
import { countyUnits, layoutText } from './geography.ts';

const S = 10;
const R3 = Math.sqrt(3);
const layout = parseTileLayout(layoutText());
const units = countyUnits();
const dist = (a: [number, number], b: [number, number]): number =>
  Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('the bundled tile layout', () => {
  it('is what the browser module reads from the data file', () => {
    expect(ZHEJIANG_TILES).toEqual(layout);
  });

  it('gives every county-level unit exactly one tile and nothing else a tile', () => {
    expect(units).toHaveLength(90);
    expect(layout.map((c) => c.code).sort()).toEqual(units.map((u) => u.code).sort());
  });

  it('puts no two tiles on one centre', () => {
    const centres = new Set(
      layout.map((c) =>
        hexCentre(c, S)
          .map((v) => v.toFixed(6))
          .join(','),
      ),
    );
    expect(centres.size).toBe(layout.length);
    for (const a of layout)
      for (const b of layout)
        if (a !== b) expect(dist(hexCentre(a, S), hexCentre(b, S))).toBeGreaterThan(S * R3 - 1e-9);
  });

  it('places grid neighbours s·√3 apart, sharing an edge (two corners)', () => {
    const at = new Map(layout.map((c) => [`${c.row},${c.col}`, c]));
    let pairs = 0;
    for (const c of layout) {
      for (const n of hexNeighbours(c)) {
        const other = at.get(`${n.row},${n.col}`);
        if (!other) continue;
        pairs++;
        expect(dist(hexCentre(c, S), hexCentre(other, S))).toBeCloseTo(S * R3, 9);
        const ca = hexCorners(hexCentre(c, S), S);
        const cb = hexCorners(hexCentre(other, S), S);
        const shared = ca.filter((p) => cb.some((q) => dist(p, q) < 1e-9));
        expect(shared).toHaveLength(2);
      }
    }
    expect(pairs).toBeGreaterThan(150);
  });

  it('keeps each city’s tiles contiguous', () => {
    const cityOf = new Map(units.map((u) => [u.code, u.city]));
    const cities = new Map<string, typeof layout>();
    for (const c of layout)
      cities.set(cityOf.get(c.code)!, [...(cities.get(cityOf.get(c.code)!) ?? []), c]);
    expect(cities.size).toBe(11);
    for (const [city, cells] of cities) {
      const key = (c: { row: number; col: number }) => `${c.row},${c.col}`;
      const mine = new Set(cells.map(key));
      const reached = new Set([key(cells[0]!)]);
      const queue = [cells[0]!];
      while (queue.length) {
        const c = queue.pop()!;
        for (const n of hexNeighbours(c))
          if (mine.has(key(n)) && !reached.has(key(n))) {
            reached.add(key(n));
            queue.push({ ...n, code: '' });
          }
      }
      expect(reached.size, `city ${city}`).toBe(cells.length);
    }
  });
});

describe('parseTileLayout', () => {
  it('reports every bad line of a file with its number', () => {
    const text = 'code,row,col\n330102,3,5\n330105,x,5\n330102,1,1\n330106,3,5\n';
    let err: TileLayoutError | null = null;
    try {
      parseTileLayout(text, 'layout.csv');
    } catch (e) {
      err = e as TileLayoutError;
    }
    expect(err).toBeInstanceOf(TileLayoutError);
    expect(err!.problems).toEqual([
      'line 3: row and col must be whole numbers ≥ 0; got "x", "5"',
      'line 4: code 330102 is also on line 2',
      'line 5: cell (3, 5) is also taken on line 2',
    ]);
    expect(err!.message).toMatch(/^layout\.csv: /);
  });

  it('needs the three columns', () => {
    expect(() => parseTileLayout('code,x,y\n1,2,3')).toThrow(/header must name code, row and col/);
  });

  it('reads a BOM and CRLF line ends', () => {
    expect(parseTileLayout('\ufeffcode,row,col\r\nA,0,1\r\n')).toEqual([
      { code: 'A', row: 0, col: 1 },
    ]);
  });
});
