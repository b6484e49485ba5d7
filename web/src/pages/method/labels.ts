// The text key of every pipeline method's name: a record per method family, so a method added to
// the core's lists without a name here fails the build.

import type {
  TIER_METHODS,
  AggregateMethod,
  ImputeMethod,
  NormaliseMethod,
  TreatMethod,
  WeightMethod,
} from '@gapscope/core/pipeline/config.ts';
import type { WebKey } from '../../i18n/index.ts';

export const IMPUTE_LABEL: Record<ImputeMethod, WebKey> = {
  none: 'method.impute.none',
  'group-mean': 'method.impute.group-mean',
  'group-median': 'method.impute.group-median',
  interpolate: 'method.impute.interpolate',
  locf: 'method.impute.locf',
};

export const TREAT_LABEL: Record<TreatMethod, WebKey> = {
  none: 'method.treat.none',
  winsorise: 'method.treat.winsorise',
  clip: 'method.treat.clip',
};

export const NORMALISE_LABEL: Record<NormaliseMethod, WebKey> = {
  minmax: 'method.normalise.minmax',
  'minmax-pooled': 'method.normalise.minmax-pooled',
  goalposts: 'method.normalise.goalposts',
  zscore: 'method.normalise.zscore',
  rank: 'method.normalise.rank',
  target: 'method.normalise.target',
  reference: 'method.normalise.reference',
};

export const WEIGHT_LABEL: Record<WeightMethod, WebKey> = {
  equal: 'method.weights.equal',
  expert: 'method.weights.expert',
  entropy: 'method.weights.entropy',
  critic: 'method.weights.critic',
  cv: 'method.weights.cv',
  pca: 'method.weights.pca',
  ahp: 'method.weights.ahp',
  combined: 'method.weights.combined',
};

export const AGGREGATE_LABEL: Record<AggregateMethod, WebKey> = {
  arithmetic: 'method.aggregate.arithmetic',
  geometric: 'method.aggregate.geometric',
  harmonic: 'method.aggregate.harmonic',
  topsis: 'method.aggregate.topsis',
  coupling: 'method.aggregate.coupling',
};

export const TIER_LABEL: Record<(typeof TIER_METHODS)[number], WebKey> = {
  quantile: 'method.tiers.quantile',
  jenks: 'method.tiers.jenks',
  thresholds: 'method.tiers.thresholds',
};

/** Select options for a family, in the core's order: the name in the page's language and the id. */
export function optionsOf<M extends string>(
  t: (k: WebKey) => string,
  methods: readonly M[],
  labels: Record<M, WebKey>,
): { value: M; label: string }[] {
  return methods.map((m) => ({ value: m, label: `${t(labels[m])} · ${m}` }));
}
