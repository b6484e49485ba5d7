// Units' names in a report's language, and each unit's city, from the geography and the data.

import { attributeByUnit } from '../core/data/dataset.ts';
import type { ReportSource } from './source.ts';
import { nameIn } from './format.ts';
import type { Lang } from './i18n/index.ts';

/** Code → name in the language (English where the geography has it, else Chinese). */
export function unitNames(source: ReportSource, lang: Lang): Map<string, string> {
  return new Map(source.geography.units.map((u) => [u.code, nameIn(u.name, lang, u.code)]));
}

/** Code → the code of its city (`attrs.city` of the data), or null. */
export function unitCities(source: ReportSource): Map<string, string | null> {
  return attributeByUnit(source.data, 'city');
}
