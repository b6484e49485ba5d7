// A boundary file of the user's own instead of the tiles: a GeoJSON FeatureCollection whose
// features carry unit codes, checked in full before it is drawn. Published maps of China need
// approved map data, so the file's approval number (审图号) is shown under the map.

import { MISSING } from '@gapscope/core/text/format.ts';
import type { Lang } from '@gapscope/i18n/index.ts';
import { translate, type WebKey } from '../i18n/catalog.ts';
import type { Feature, FeatureCollection } from './geojson.ts';

/** The map name an uploaded boundary file is registered under. */
export const BOUNDARY_MAP = 'gapscope-boundary';

/** Largest boundary file read (bytes). */
export const MAX_BOUNDARY_BYTES = 30 * 2 ** 20;

/** The outcome of checking a boundary file. */
export interface BoundaryCheck {
  /** The features, each with `properties.code` as a string; null when there are errors. */
  geojson: FeatureCollection | null;
  errors: string[];
  warnings: string[];
  /** The approval number the file states (`approvalNumber` or `审图号`, top level), if any. */
  approval: string | null;
  /** Units with a feature. */
  matched: number;
}

/** The property names read for a unit code, in order. */
const CODE_PROPERTIES = ['code', 'adcode'] as const;
/** At most this many problems are listed one by one. */
const LIST = 12;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a ring list (Polygon coordinates) is arrays of ≥ 4 finite [x, y] positions. */
function ringsOk(rings: unknown): boolean {
  return (
    Array.isArray(rings) &&
    rings.length > 0 &&
    rings.every(
      (ring) =>
        Array.isArray(ring) &&
        ring.length >= 4 &&
        ring.every(
          (p) =>
            Array.isArray(p) &&
            p.length >= 2 &&
            Number.isFinite(p[0] as number) &&
            Number.isFinite(p[1] as number),
        ),
    )
  );
}

/**
 * Checks parsed JSON as a boundary file for `units` (code → name): a FeatureCollection; every
 * feature a Feature with a Polygon or MultiPolygon geometry and a `code` (or `adcode`) property
 * naming one of the units, no unit twice. Every problem is listed (the first few one by one);
 * units without a feature are a warning, since the map can show them as missing.
 */
export function checkBoundary(
  json: unknown,
  units: ReadonlyMap<string, string>,
  lang: Lang,
): BoundaryCheck {
  const m = (key: WebKey, vars?: Record<string, string | number>): string =>
    translate(lang, key, vars);
  const errors: string[] = [];
  const warnings: string[] = [];
  const none = (e: string[]): BoundaryCheck => ({
    geojson: null,
    errors: e,
    warnings,
    approval: null,
    matched: 0,
  });
  if (!isRecord(json) || json.type !== 'FeatureCollection')
    return none([
      m('map.boundary.notCollection', {
        type: isRecord(json)
          ? String(json.type ?? MISSING)
          : Array.isArray(json)
            ? 'array'
            : typeof json,
      }),
    ]);
  const features = json.features;
  if (!Array.isArray(features) || features.length === 0)
    return none([m('map.boundary.noFeatures')]);
  const seen = new Map<string, number>();
  const out: Feature[] = [];
  features.forEach((f: unknown, k) => {
    const n = k + 1;
    if (!isRecord(f) || f.type !== 'Feature')
      return void errors.push(m('map.boundary.notFeature', { n }));
    const g = f.geometry;
    const type = isRecord(g) ? String(g.type) : MISSING;
    const ok =
      isRecord(g) &&
      ((g.type === 'Polygon' && ringsOk(g.coordinates)) ||
        (g.type === 'MultiPolygon' &&
          Array.isArray(g.coordinates) &&
          g.coordinates.length > 0 &&
          g.coordinates.every(ringsOk)));
    if (!ok) return void errors.push(m('map.boundary.geometry', { n, type }));
    const props = isRecord(f.properties) ? f.properties : {};
    const key = CODE_PROPERTIES.find(
      (p) => props[p] !== undefined && props[p] !== null && props[p] !== '',
    );
    if (!key) return void errors.push(m('map.boundary.noCode', { n }));
    const code = String(props[key]).trim();
    if (!units.has(code)) return void errors.push(m('map.boundary.unknownCode', { n, code }));
    const first = seen.get(code);
    if (first !== undefined)
      return void errors.push(
        m('map.boundary.duplicate', { n, code, first, name: units.get(code)! }),
      );
    seen.set(code, n);
    out.push({
      type: 'Feature',
      properties: { ...props, code, name: code },
      geometry: g as unknown as Feature['geometry'],
    });
  });
  const missing = [...units.keys()].filter((c) => !seen.has(c));
  if (missing.length)
    warnings.push(
      m('map.boundary.missing', {
        n: missing.length,
        list:
          missing
            .slice(0, LIST)
            .map((c) => `${units.get(c)} ${c}`)
            .join(lang === 'en' ? ', ' : '、') + (missing.length > LIST ? ' …' : ''),
      }),
    );
  if (errors.length > LIST) {
    const more = errors.length - LIST;
    errors.splice(LIST, more, m('map.boundary.more', { n: more }));
  }
  const props = isRecord(json.properties) ? json.properties : {};
  const stated = [json.approvalNumber, json['审图号'], props.approvalNumber, props['审图号']].find(
    (v) => typeof v === 'string' && v.trim() !== '',
  ) as string | undefined;
  return {
    geojson: errors.length ? null : { type: 'FeatureCollection', features: out },
    errors,
    warnings,
    approval: stated?.trim() ?? null,
    matched: seen.size,
  };
}

/**
 * Width ÷ height of one degree at the file's mean latitude, cos(φ̄), so a lon/lat file is drawn
 * undistorted near its centre; 1 when the coordinates do not look like degrees.
 */
export function aspectOf(geojson: FeatureCollection): number {
  let sum = 0;
  let n = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v) && typeof v[0] === 'number') {
      sum += v[1] as number;
      n++;
    } else if (Array.isArray(v)) v.forEach(visit);
  };
  for (const f of geojson.features) visit(f.geometry.coordinates);
  const lat = n ? sum / n : 0;
  return n && Math.abs(lat) < 85 ? Math.cos((lat * Math.PI) / 180) : 1;
}
