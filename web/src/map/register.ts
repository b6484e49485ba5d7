// Registers the maps the map series draws: the bundled hex tiles once, an uploaded boundary file
// whenever one is applied.

import { echarts } from '../charts/echarts.ts';
import { BOUNDARY_MAP } from './boundary.ts';
import { ZHEJIANG_TILES } from './bundled-layout.ts';
import type { FeatureCollection } from './geojson.ts';
import { hexGeoJson } from './hex-geojson.ts';
import { TILE_MAP } from './tile-map-option.ts';

/** Registers the bundled tile layout as TILE_MAP (once) and returns its name. */
export function registerTiles(): string {
  if (!echarts.getMap(TILE_MAP)) echarts.registerMap(TILE_MAP, hexGeoJson(ZHEJIANG_TILES) as never);
  return TILE_MAP;
}

/** Registers a checked boundary file (see checkBoundary) as BOUNDARY_MAP and returns its name. */
export function registerBoundary(geojson: FeatureCollection): string {
  echarts.registerMap(BOUNDARY_MAP, geojson as never);
  return BOUNDARY_MAP;
}
