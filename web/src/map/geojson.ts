// The few GeoJSON shapes the map uses (RFC 7946): polygons and multipolygons with properties.

export type Position = [number, number];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

export interface Feature<P = Record<string, unknown>> {
  type: 'Feature';
  properties: P;
  geometry: PolygonGeometry | MultiPolygonGeometry;
}

export interface FeatureCollection<P = Record<string, unknown>> {
  type: 'FeatureCollection';
  features: Feature<P>[];
}
