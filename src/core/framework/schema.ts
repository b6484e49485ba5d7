// The indicator framework as data: index → domains (→ more levels) → indicators. The zod schema is
// the source of truth for the TypeScript type, file validation and (later) the API.

import { z } from 'zod';
import { checkGapReferences, GapsSpec } from './gaps.ts';

/** A name in both languages; zh-CN is the reference, English may be missing in user files. */
export const LocalisedName = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1).optional(),
});
export type LocalisedName = z.infer<typeof LocalisedName>;

/** How a unit's value rolls up to its parent unit (county → city → province). */
export const Rollup = z.object({
  method: z.enum(['sum', 'mean', 'weighted-mean', 'ratio-of-sums']),
  /** The weight series for `weighted-mean` (e.g. population) or the denominator for `ratio-of-sums`. */
  weight: z.string().optional(),
});
export type Rollup = z.infer<typeof Rollup>;

/** An indicator's denominator: value = series / denominator × scale (METHODS.md § Denominate). */
export const Denominator = z.object({
  series: z.string().min(1),
  scale: z.number().positive().default(1),
});

const Targets = z.record(z.string().regex(/^\d{4}$/, 'a target year is 4 digits'), z.number());

const range = z
  .tuple([z.number(), z.number()])
  .refine(([lo, hi]) => lo < hi, 'the first number must be below the second');

/** A leaf of the framework: one measured quantity. */
export const IndicatorNode = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id starts with a letter; letters, digits, _ . -'),
  name: LocalisedName,
  unit: z.string(),
  direction: z.union([z.literal(1), z.literal(-1)]),
  weight: z.number().nonnegative().default(1),
  goalposts: range.optional(),
  /** Values outside this range are rejected on import as implausible. */
  plausible: range.optional(),
  targets: Targets.optional(),
  denominator: Denominator.optional(),
  rollup: Rollup.optional(),
  source: z.string().optional(),
  frequency: z.enum(['year', 'quarter', 'month']).default('year'),
  /**
   * True for an indicator that is itself a rate of change (GDP growth, income growth, in %): its
   * progress towards a target is measured by linear, not compound, growth (METHODS.md § Progress
   * towards targets and forecasts).
   */
  rateOfChange: z.boolean().optional(),
  /**
   * Units the indicator does not apply to (a village indicator in a district without
   * administrative villages), with why: their cells are "not applicable", never imputed, and the
   * indicator's weight goes to the unit's other indicators of the same aggregate (METHODS.md § Not
   * applicable).
   */
  notApplicable: z
    .strictObject({
      units: z.array(z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a unit code')).min(1),
      because: LocalisedName,
    })
    .optional(),
  definition: LocalisedName.optional(),
});
export type IndicatorNode = z.infer<typeof IndicatorNode>;

/** An aggregate: the index, a domain or any level between. */
export interface AggregateNode {
  id: string;
  name: LocalisedName;
  weight: number;
  /** The least share of children with a value for the aggregate to get a score (METHODS.md § Aggregation). */
  minShare?: number;
  children: FrameworkNode[];
}
export type FrameworkNode = AggregateNode | IndicatorNode;

/** The fields of an aggregate other than its children, which are validated one by one. */
export const AggregateFields = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'an id starts with a letter; letters, digits, _ . -'),
  name: LocalisedName,
  weight: z.number().nonnegative().default(1),
  minShare: z.number().min(0).max(1).optional(),
  children: z.array(z.unknown()).min(1, 'an aggregate needs at least one child'),
});

/** A series that is not an indicator (a denominator, a population weight). */
export const Series = z.strictObject({
  id: z.string().min(1),
  name: LocalisedName,
  unit: z.string().default(''),
});
export type Series = z.infer<typeof Series>;

const FrameworkFields = z.strictObject({
  id: z.string().min(1),
  version: z.union([z.string(), z.number()]).transform(String),
  name: LocalisedName,
  description: LocalisedName.optional(),
  /** True when the framework is not the official one but a reconstruction of it. */
  reconstruction: z.boolean().default(false),
  series: z.array(Series).default([]),
  /** Which series measure the three gaps (METHODS.md § The three-gap summary). */
  gaps: GapsSpec.optional(),
  root: z.unknown(),
});
export const FrameworkSchema = FrameworkFields.superRefine(checkGapReferences);

/** A validated framework (see `parseFramework`). */
export type Framework = Omit<z.infer<typeof FrameworkSchema>, 'root'> & { root: AggregateNode };

/** True for a leaf of the framework tree. */
export function isIndicator(node: FrameworkNode): node is IndicatorNode {
  return !('children' in node);
}
