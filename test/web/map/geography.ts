// The bundled geography read straight from its files, for the map tests.

import { readFileSync } from 'node:fs';

const DIR = 'data/geography/zhejiang';

/** A county-level unit of units.csv with its city. */
export interface CountyRow {
  code: string;
  city: string;
  nameZh: string;
  nameEn: string;
}

/** The county-level units of units.csv (their own CSV has no quoted commas). */
export function countyUnits(): CountyRow[] {
  const [header, ...rows] = readFileSync(`${DIR}/units.csv`, 'utf8').trim().split('\n');
  const h = header!.split(',');
  const at = (name: string) => h.indexOf(name);
  return rows
    .map((r) => r.split(','))
    .filter((f) => f[at('level')] === 'county')
    .map((f) => ({
      code: f[at('code')]!,
      city: f[at('parent_code')]!,
      nameZh: f[at('name_zh')]!,
      nameEn: f[at('name_en')]!,
    }));
}

/** The text of the bundled tile layout. */
export function layoutText(): string {
  return readFileSync(`${DIR}/tile-layout.csv`, 'utf8');
}
