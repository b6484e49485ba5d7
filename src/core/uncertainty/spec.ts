// The uncertain choices of an uncertainty or sensitivity analysis, as one typed spec (a
// `spec.yaml`), and how a row of uniform numbers in [0, 1) picks one setting of each.

import { z } from 'zod';
import { GapscopeError } from '../errors.ts';
import { formatPath } from '../framework/parse.ts';
import type { FrameworkTree } from '../framework/tree.ts';
import {
  AGGREGATE_METHODS,
  IMPUTE_METHODS,
  NORMALISE_METHODS,
  TREAT_METHODS,
  WEIGHT_METHODS,
  type AggregateMethod,
  type ImputeMethod,
  type NormaliseMethod,
  type TreatMethod,
  type WeightMethod,
} from '../pipeline/config.ts';

const pair = z.tuple([z.number(), z.number()]);

/** A normalisation alternative: a method name, or a method with its two parameters. */
const NormaliseAlternative = z.union([
  z.enum(NORMALISE_METHODS),
  z.strictObject({ method: z.enum(NORMALISE_METHODS), params: pair.optional() }),
]);

/** A named weight set: a weighting method, framework weights by node id, or both. */
const WeightSet = z.strictObject({
  method: z.enum(WEIGHT_METHODS).optional(),
  weights: z.record(z.string(), z.number().nonnegative()).optional(),
});

export const UncertaintySpecSchema = z.strictObject({
  /** Imputation methods, drawn with equal probability. */
  impute: z.array(z.enum(IMPUTE_METHODS)).min(1).optional(),
  /** Outlier treatments; `[winsorise, none]` is winsorisation on or off. */
  treat: z.array(z.enum(TREAT_METHODS)).min(1).optional(),
  /** Winsorisation limits (most cells changed per indicator). */
  maxCells: z.array(z.number().int().nonnegative()).min(1).optional(),
  normalise: z.array(NormaliseAlternative).min(1).optional(),
  weights: z
    .strictObject({
      /** Each framework weight w becomes w·(1 + x·(2u − 1)), u uniform: ±x around its value. */
      perturb: z.number().min(0).max(1).default(0),
      /** The framework levels whose weights are perturbed (1 = indicators); default every level. */
      levels: z.array(z.number().int().min(1)).min(1).optional(),
      /** Alternative weight sets, drawn with equal probability; `{}` is the nominal set. */
      sets: z.record(z.string(), WeightSet).optional(),
    })
    .optional(),
  /** Aggregation methods, each used at every level. */
  aggregate: z.array(z.enum(AGGREGATE_METHODS)).min(1).optional(),
  /** Leave one indicator out: `true` for any, or a list; "none dropped" is one more alternative. */
  drop: z.union([z.literal(true), z.array(z.string()).min(1)]).optional(),
});

export type UncertaintySpec = z.infer<typeof UncertaintySpecSchema>;
export type UncertaintySpecInput = z.input<typeof UncertaintySpecSchema>;

/**
 * The default spec, after COINr's sensitivity vignette on ASEM: winsorisation on or off with a
 * limit of 1–5 cells, every weight ±25 %, arithmetic or geometric means; normalisation by min–max
 * or percentile rank, both to [1, 100] (positive, so geometric means are defined, and on one
 * scale, so score intervals mean something — COINr's z-scores (10, 2) are on another); and no
 * imputation or the last observation carried forward (which, unlike interpolation, can fill the
 * latest period).
 */
export const DEFAULT_SPEC: UncertaintySpecInput = {
  impute: ['none', 'locf'],
  treat: ['winsorise', 'none'],
  maxCells: [1, 2, 3, 4, 5],
  normalise: [
    { method: 'minmax', params: [1, 100] },
    { method: 'rank', params: [1, 100] },
  ],
  weights: { perturb: 0.25 },
  aggregate: ['arithmetic', 'geometric'],
};

/** Validates a spec object; every problem is named with its path. */
export function parseSpec(raw: unknown, file = 'uncertainty spec'): UncertaintySpec {
  const r = UncertaintySpecSchema.safeParse(raw ?? {});
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `${file}: ${formatPath(i.path as (string | number)[]) || '(top)'}: ${i.message}`,
    );
    throw new GapscopeError(
      'uncertainty.spec',
      `invalid uncertainty spec:\n  ${lines.join('\n  ')}`,
      { file },
      lines,
    );
  }
  return r.data;
}

/** The names of the choices, in the order they take columns of a sample row. */
export const CHOICE_NAMES = [
  'impute',
  'treat',
  'maxCells',
  'normalise',
  'weights',
  'aggregate',
  'drop',
] as const;
export type ChoiceName = (typeof CHOICE_NAMES)[number];

/** One uncertain choice: its name and the number of uniforms it reads from a sample row. */
export interface Choice {
  name: ChoiceName;
  dims: number;
}

/** The settings one replication runs with; a field is absent when its choice is not uncertain. */
export interface ReplicationChoices {
  impute?: ImputeMethod;
  treat?: TreatMethod;
  maxCells?: number;
  normalise?: { method: NormaliseMethod; params?: [number, number] };
  weights?: { set?: string; factors?: number[] };
  aggregate?: AggregateMethod;
  /** The indicator left out, or null for none. */
  drop?: string | null;
}

/** A spec resolved against a framework: its choices and how a sample row maps to settings. */
export interface ResolvedSpec {
  spec: UncertaintySpec;
  choices: Choice[];
  /** Columns of a sample row: the sum of the choices' dims. */
  dims: number;
  /** Ids of the nodes whose weights are perturbed, in the order of `weights.factors`. */
  perturbed: string[];
  /** The alternatives of `drop` (null = none dropped). */
  drops: (string | null)[];
  /** Maps a row of uniforms (from `offset`) to the settings of one replication. */
  decode(row: ArrayLike<number>, offset?: number): ReplicationChoices;
}

/** Picks one of m alternatives with equal probability: ⌊u·m⌋, as COINr's equal-width `cut`. */
export function pick<T>(alternatives: readonly T[], u: number): T {
  return alternatives[Math.min(alternatives.length - 1, Math.floor(u * alternatives.length))]!;
}

/** Checks a spec against the framework and lays out its choices. */
export function resolveSpec(spec: UncertaintySpec, tree: FrameworkTree): ResolvedSpec {
  const ids = tree.indicators.map((i) => i.id);
  const w = spec.weights;
  const sets = w?.sets ? Object.entries(w.sets) : [];
  for (const [name, set] of sets) {
    for (const id of Object.keys(set.weights ?? {})) {
      if (!tree.index.has(id) || tree.index.get(id) === tree.root) {
        throw new GapscopeError(
          'uncertainty.spec',
          `uncertainty spec: weights.sets.${name}: "${id}" is not an indicator or aggregate below the index`,
        );
      }
    }
  }
  const levels = w?.levels ? new Set(w.levels) : null;
  const perturbed =
    w && w.perturb > 0
      ? tree.ids.filter((_, k) => k !== tree.root && (!levels || levels.has(tree.level[k]!)))
      : [];
  let drops: (string | null)[] = [];
  if (spec.drop === true) drops = [null, ...ids];
  else if (spec.drop) {
    for (const id of spec.drop) {
      if (!ids.includes(id)) {
        throw new GapscopeError(
          'uncertainty.spec',
          `uncertainty spec: drop: "${id}" is not an indicator (they are ${ids.join(', ')})`,
        );
      }
    }
    drops = [null, ...spec.drop];
  }
  const normalise = (spec.normalise ?? []).map((a) => (typeof a === 'string' ? { method: a } : a));

  const choices: Choice[] = [];
  const add = (name: ChoiceName, dims: number): void => void choices.push({ name, dims });
  if (spec.impute) add('impute', 1);
  if (spec.treat) add('treat', 1);
  if (spec.maxCells) add('maxCells', 1);
  if (spec.normalise) add('normalise', 1);
  if (w && (sets.length || perturbed.length))
    add('weights', (sets.length ? 1 : 0) + perturbed.length);
  if (spec.aggregate) add('aggregate', 1);
  if (drops.length) add('drop', 1);
  const dims = choices.reduce((s, c) => s + c.dims, 0);

  const decode = (row: ArrayLike<number>, offset = 0): ReplicationChoices => {
    const out: ReplicationChoices = {};
    let c = offset;
    for (const choice of choices) {
      switch (choice.name) {
        case 'impute':
          out.impute = pick(spec.impute!, row[c]!);
          break;
        case 'treat':
          out.treat = pick(spec.treat!, row[c]!);
          break;
        case 'maxCells':
          out.maxCells = pick(spec.maxCells!, row[c]!);
          break;
        case 'normalise':
          out.normalise = pick(normalise, row[c]!);
          break;
        case 'weights': {
          const o: NonNullable<ReplicationChoices['weights']> = {};
          let k = c;
          if (sets.length) o.set = pick(sets, row[k++]!)[0];
          if (perturbed.length) {
            o.factors = perturbed.map((_, i) => 1 + w!.perturb * (2 * row[k + i]! - 1));
          }
          out.weights = o;
          break;
        }
        case 'aggregate':
          out.aggregate = pick(spec.aggregate!, row[c]!);
          break;
        case 'drop':
          out.drop = pick(drops, row[c]!);
          break;
      }
      c += choice.dims;
    }
    return out;
  };
  return { spec, choices, dims, perturbed, drops, decode };
}

/** The named weight set of a spec, or undefined. */
export function weightSet(
  spec: UncertaintySpec,
  name: string | undefined,
): { method?: WeightMethod; weights?: Record<string, number> } | undefined {
  return name === undefined ? undefined : spec.weights?.sets?.[name];
}
