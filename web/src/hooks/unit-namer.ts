// Unit names in the page's language: the API's results name units in Chinese; the geography
// (GET /api/units) has both names.

import type { Lang } from '@gapscope/i18n/index.ts';
import type { Unit } from '@gapscope/api/index.ts';

/** A function from a unit code to its name in `lang` (else `fallback`, else the code). */
export function unitNamer(
  units: readonly Unit[] | undefined,
  lang: Lang,
): (code: string | null | undefined, fallback?: string | null) => string {
  const byCode = new Map((units ?? []).map((u) => [u.code, u]));
  return (code, fallback) => {
    if (!code) return fallback ?? '';
    const u = byCode.get(code);
    if (u) return lang === 'en' ? u.name.en || u.name.zh : u.name.zh;
    return fallback ?? code;
  };
}

/** Each unit's city (its parent at city level), by code. */
export function cityOf(units: readonly Unit[] | undefined): Map<string, string> {
  const cities = new Set((units ?? []).filter((u) => u.level === 'city').map((u) => u.code));
  const out = new Map<string, string>();
  for (const u of units ?? []) if (u.parent && cities.has(u.parent)) out.set(u.code, u.parent);
  return out;
}
