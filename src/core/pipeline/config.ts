// The pipeline's choices as one typed config (a `pipeline.yaml`), with the defaults of METHODS.md.

import { z } from 'zod';

export const IMPUTE_METHODS = [
  'none',
  'group-mean',
  'group-median',
  'interpolate',
  'locf',
] as const;
export const TREAT_METHODS = ['none', 'winsorise', 'clip'] as const;
export const NORMALISE_METHODS = [
  'minmax',
  'minmax-pooled',
  'goalposts',
  'zscore',
  'rank',
  'target',
  'reference',
] as const;
export const WEIGHT_METHODS = [
  'equal',
  'expert',
  'entropy',
  'critic',
  'cv',
  'pca',
  'ahp',
  'combined',
] as const;
export const AGGREGATE_METHODS = [
  'arithmetic',
  'geometric',
  'harmonic',
  'topsis',
  'coupling',
] as const;
export const TIER_METHODS = ['quantile', 'jenks', 'thresholds'] as const;

export type ImputeMethod = (typeof IMPUTE_METHODS)[number];
export type TreatMethod = (typeof TREAT_METHODS)[number];
export type NormaliseMethod = (typeof NORMALISE_METHODS)[number];
export type WeightMethod = (typeof WEIGHT_METHODS)[number];
export type AggregateMethod = (typeof AGGREGATE_METHODS)[number];

const pair = z.tuple([z.number(), z.number()]);
const matrix = z.array(z.array(z.number().positive()));

export const PipelineConfigSchema = z.strictObject({
  /** Divide indicators that name a denominator by it (METHODS.md § Denominate). */
  denominate: z.boolean().default(true),
  impute: z
    .strictObject({
      method: z.enum(IMPUTE_METHODS).default('none'),
      /** The unit attribute that forms groups for group-mean/median (default: the parent city). */
      group: z.string().default('city'),
    })
    .prefault({}),
  screen: z
    .strictObject({
      /** A unit with a smaller share of indicators with a value gets no score (strictly below). */
      threshold: z.number().min(0).max(1).default(0.8),
      basis: z.enum(['imputed', 'observed']).default('imputed'),
    })
    .prefault({}),
  treat: z
    .strictObject({
      method: z.enum(TREAT_METHODS).default('winsorise'),
      /** Winsorisation limit: the most cells changed per indicator. */
      maxCells: z.number().int().nonnegative().default(5),
      skew: z.number().positive().default(2),
      kurtosis: z.number().default(3.5),
      /** Percentiles for `clip`, as shares. */
      clip: pair.default([0.025, 0.975]),
    })
    .prefault({}),
  normalise: z
    .strictObject({
      method: z.enum(NORMALISE_METHODS).default('minmax'),
      /** [lo, hi] for minmax, minmax-pooled and rank; [mean, sd] for zscore. */
      params: pair.optional(),
      /** The reference unit for `reference` (default: the first unit of the data not evaluated). */
      reference: z.string().optional(),
    })
    .prefault({}),
  weights: z
    .strictObject({
      method: z.enum(WEIGHT_METHODS).default('expert'),
      scope: z.enum(['global', 'domain']).default('global'),
      /** AHP pairwise matrices by aggregate id; they set the weights of that node's children. */
      ahp: z.record(z.string(), matrix).default({}),
      subjective: z.enum(WEIGHT_METHODS).default('expert'),
      objective: z.enum(WEIGHT_METHODS).default('entropy'),
      alpha: z.number().min(0).max(1).default(0.5),
    })
    .prefault({}),
  aggregate: z
    .strictObject({
      method: z.enum(AGGREGATE_METHODS).default('arithmetic'),
      /** Per-level overrides, COINr's numbering: 2 aggregates indicators, 3 the level above … */
      levels: z.record(z.string().regex(/^\d+$/), z.enum(AGGREGATE_METHODS)).default({}),
    })
    .prefault({}),
  tiers: z
    .strictObject({
      method: z.enum(TIER_METHODS).default('quantile'),
      k: z.number().int().min(2).max(20).default(5),
      /** Cut points on the index score for `thresholds`, any order. */
      thresholds: z.array(z.number()).default([]),
    })
    .prefault({}),
  /** The period results are compared with for change and rank change (default: a year earlier). */
  compare: z.string().optional(),
});

export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;
export type PipelineConfigInput = z.input<typeof PipelineConfigSchema>;

/** The full config with every default filled in. */
export function defaultConfig(overrides: PipelineConfigInput = {}): PipelineConfig {
  return PipelineConfigSchema.parse(overrides);
}
