// The tile layout as GeoJSON for echarts.registerMap: one hexagon polygon per unit.

import type { FeatureCollection } from './geojson.ts';
import { hexCentre, hexCorners, type TileCell } from './tile-layout.ts';

/** Properties of a tile feature: the unit's code (the map series' `nameProperty`). */
export interface TileProperties {
  code: string;
  name: string;
  row: number;
  col: number;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/**
 * A FeatureCollection of hexagons of circumradius `size`, one per cell, each a closed ring of
 * seven positions in counter-clockwise order (RFC 7946 § 3.1.6). The grid's y runs south, so
 * positions are [x, −y]: north stays up, as ECharts draws the second coordinate upward.
 */
export function hexGeoJson(
  layout: readonly TileCell[],
  size = 1,
): FeatureCollection<TileProperties> {
  return {
    type: 'FeatureCollection',
    features: layout.map((cell) => {
      // hexCorners runs clockwise as drawn (north up); RFC 7946 wants exterior rings
      // counter-clockwise, so the corners are reversed. (+ 0 turns −0 into 0.)
      const corners = hexCorners(hexCentre(cell, size), size)
        .map(([x, y]) => [round(x) + 0, round(-y) + 0] as [number, number])
        .reverse();
      const ring = [...corners, corners[0]!];
      return {
        type: 'Feature' as const,
        properties: { code: cell.code, name: cell.code, row: cell.row, col: cell.col },
        geometry: { type: 'Polygon' as const, coordinates: [ring] },
      };
    }),
  };
}
