// The work system's names in the page's language — statuses, lists, department kinds — from the
// catalogs' `work` group (src/i18n/work.ts, which the reports use too), and each status's colour.

import { departmentKindName, listName, statusName } from '@gapscope/i18n/work.ts';
import { TRAFFIC } from '@gapscope/charts/theme.ts';
import { formatNumber } from '@gapscope/core/text/format.ts';
import type { Lang } from '@gapscope/i18n/index.ts';
import type { Department, WorkStatus } from './types.ts';

export { departmentKindName, listName, statusName };

/** A status's colour: Okabe–Ito, as the traffic lights (done green, at risk orange …). */
export const STATUS_COLOUR: Record<WorkStatus, string> = {
  done: TRAFFIC.met,
  'on-track': '#0072B2',
  'at-risk': TRAFFIC.near,
  overdue: TRAFFIC.behind,
  'not-started': '#8f959e',
};

/** Department id → its name in the language (the id when it is not known). */
export function departmentNamer(
  departments: readonly Department[] | undefined,
  lang: Lang,
): (id: string) => string {
  const names = new Map(
    (departments ?? []).map((d) => [d.id, lang === 'en' ? d.name.en : d.name.zh]),
  );
  return (id) => names.get(id) ?? id;
}

/**
 * An investment given in 10,000 CNY (万元) as a short number of CNY in the language's own compact
 * form: 27.04亿, 500万; 2.7B, 5M. Null when unknown.
 */
export function compactCny(wan: number | null | undefined, lang: Lang): string | null {
  if (wan === null || wan === undefined || !Number.isFinite(wan)) return null;
  return formatNumber(wan * 1e4, lang, { compact: true });
}
