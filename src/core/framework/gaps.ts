// The framework's `gaps` section: which series measure the three gaps (METHODS.md § The three-gap summary).

import { z } from 'zod';

// The shape of schema.ts's LocalisedName, repeated so that schema.ts can import this file.
const LocalisedName = z.object({ zh: z.string().min(1), en: z.string().min(1).optional() });

const seriesId = z.string().min(1, 'a series or indicator id');

/**
 * A weight: a series id (`POP_RURAL`), or one series less another (`{ series: POP, minus:
 * POP_RURAL }` for the urban residents).
 */
export const GapWeight = z.union([seriesId, z.strictObject({ series: seriesId, minus: seriesId })]);
export type GapWeight = z.infer<typeof GapWeight>;

/** Town vs country: an urban and a rural per-capita series, each with its population. */
export const UrbanRuralGapSpec = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id starts with a letter; letters, digits, _ . -'),
  name: LocalisedName,
  urban: seriesId,
  rural: seriesId,
  /** The urban population, to pool units' urban values; equal weights when omitted. */
  urbanWeight: GapWeight.optional(),
  /** The rural population, to pool units' rural values; equal weights when omitted. */
  ruralWeight: GapWeight.optional(),
});
export type UrbanRuralGapSpec = z.infer<typeof UrbanRuralGapSpec>;

/** Region vs region: a per-head indicator or series compared across units, with its population. */
export const RegionalGapSpec = z.strictObject({
  id: seriesId,
  /** Default: the indicator's or series' own name. */
  name: LocalisedName.optional(),
  /** Population weight of the weighted measures; every unit counts once when omitted. */
  weight: GapWeight.optional(),
});
export type RegionalGapSpec = z.infer<typeof RegionalGapSpec>;

/** A share (in %) held by an indicator or series, pooled over units by a weight when no province value exists. */
export const IncomeShareSpec = z.strictObject({ id: seriesId, weight: GapWeight.optional() });

/** Income vs income: the middle- and low-income shares and quantile-group mean incomes. */
export const IncomeGapSpec = z.strictObject({
  /** Share of households in the middle-income group, %. */
  middleShare: IncomeShareSpec.optional(),
  /** Share of households in the low-income group, %. */
  lowShare: IncomeShareSpec.optional(),
  /** Series of the mean income of equal-sized groups (quintiles), poorest first. */
  quantileMeans: z.array(seriesId).min(2, 'at least two groups').optional(),
});
export type IncomeGapSpec = z.infer<typeof IncomeGapSpec>;

/** The framework's `gaps` section (METHODS.md § The three-gap summary). */
export const GapsSpec = z.strictObject({
  /** The level of the geography whose units are compared (their parents are the cities). */
  level: z.enum(['city', 'county']).default('county'),
  urbanRural: z.array(UrbanRuralGapSpec).default([]),
  regional: z.array(RegionalGapSpec).default([]),
  /** Geography groups (e.g. `mountain-island`), each compared with the other units. */
  groups: z
    .array(
      z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a group id is lower-case letters, digits and -'),
    )
    .default([]),
  income: IncomeGapSpec.optional(),
});
export type GapsSpec = z.infer<typeof GapsSpec>;

/** Every id a framework declares: its series and the ids of its tree's nodes (raw, unvalidated). */
function declaredIds(fw: { series: { id: string }[]; root: unknown }): Set<string> {
  const ids = new Set(fw.series.map((s) => s.id));
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const { id, children } = node as { id?: unknown; children?: unknown };
    if (typeof id === 'string') ids.add(id);
    if (Array.isArray(children)) children.forEach(walk);
  };
  walk(fw.root);
  return ids;
}

/**
 * Reports each series the `gaps` section names that the framework does not declare (as a series
 * or an indicator), at its path, e.g. `gaps.regional[0].weight.minus` (METHODS.md § The three-gap
 * summary).
 */
export function checkGapReferences(
  fw: { series: { id: string }[]; root: unknown; gaps?: GapsSpec },
  ctx: {
    addIssue: (issue: { code: 'custom'; message: string; path: (string | number)[] }) => void;
  },
): void {
  if (!fw.gaps) return;
  const ids = declaredIds(fw);
  const check = (id: string | undefined, path: (string | number)[]): void => {
    if (id !== undefined && !ids.has(id)) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown series "${id}": declare it under "series" or as an indicator`,
        path: ['gaps', ...path],
      });
    }
  };
  const weight = (w: GapWeight | undefined, path: (string | number)[]): void => {
    if (typeof w === 'string') check(w, path);
    else if (w) {
      check(w.series, [...path, 'series']);
      check(w.minus, [...path, 'minus']);
    }
  };
  fw.gaps.urbanRural.forEach((u, k) => {
    check(u.urban, ['urbanRural', k, 'urban']);
    check(u.rural, ['urbanRural', k, 'rural']);
    weight(u.urbanWeight, ['urbanRural', k, 'urbanWeight']);
    weight(u.ruralWeight, ['urbanRural', k, 'ruralWeight']);
  });
  fw.gaps.regional.forEach((r, k) => {
    check(r.id, ['regional', k, 'id']);
    weight(r.weight, ['regional', k, 'weight']);
  });
  const income = fw.gaps.income;
  for (const key of ['middleShare', 'lowShare'] as const) {
    check(income?.[key]?.id, ['income', key, 'id']);
    weight(income?.[key]?.weight, ['income', key, 'weight']);
  }
  income?.quantileMeans?.forEach((id, k) => check(id, ['income', 'quantileMeans', k]));
}
