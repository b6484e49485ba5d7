// Income vs income: the middle- and low-income shares and the spread of quantile-group incomes.

import type { IncomeGapSpec } from '../framework/gaps.ts';
import { groupedGini, topBottomRatio } from '../inequality/grouped.ts';
import { figure, type Figure } from './figure.ts';
import type { Scope } from './scope.ts';
import type { ProvinceSource } from './urban-rural.ts';
import { requirePositive, type ValueReader } from './values.ts';

/** A share (%) of the province, with where its value came from. */
export interface ShareFigure extends Figure {
  source: ProvinceSource | null;
}

/** The income distribution of the province. */
export interface IncomeDistribution {
  unit: string | null;
  middleShare: ShareFigure | null;
  lowShare: ShareFigure | null;
  /** From the quantile groups' mean incomes; null when the framework names none. */
  quantiles: { gini: Figure; topBottomRatio: Figure } | null;
}

/** The province's share in one period: its own row, else the units' shares pooled by the weight. */
function shareAt(
  spec: NonNullable<IncomeGapSpec['middleShare']>,
  read: ValueReader,
  scope: Scope,
): { value: number; source: ProvinceSource | null } {
  if (scope.province) {
    const own = read.values(spec.id, scope.period, [scope.province])[0]!;
    if (own === own) return { value: own, source: 'data' };
  }
  const x = read.values(spec.id, scope.period, scope.units);
  const w = read.weights(spec.weight, scope.period, scope.units);
  let s = 0;
  let p = 0;
  for (let k = 0; k < x.length; k++) {
    if (x[k]! === x[k]! && w[k]! > 0) {
      s += w[k]! * x[k]!;
      p += w[k]!;
    }
  }
  return p > 0 ? { value: s / p, source: 'units' } : { value: NaN, source: null };
}

function shareFigure(
  spec: IncomeGapSpec['middleShare'],
  read: ValueReader,
  now: Scope,
  before: Scope,
): ShareFigure | null {
  if (!spec) return null;
  const a = shareAt(spec, read, now);
  const b = shareAt(spec, read, before);
  const f = figure(a.value, b.value);
  return { ...f, source: f.value === null ? null : a.source };
}

/** Gini and top/bottom ratio of the province's quantile means in one period; NaN without all of them. */
function quantilesAt(
  ids: string[],
  read: ValueReader,
  scope: Scope,
): { gini: number; ratio: number } {
  if (!scope.province) return { gini: NaN, ratio: NaN };
  const means = Float64Array.from(
    ids,
    (id) => read.values(id, scope.period, [scope.province!])[0]!,
  );
  if (means.some((m) => m !== m)) return { gini: NaN, ratio: NaN };
  requirePositive(
    means,
    ids.map(() => scope.province!),
    ids.join(', '),
    scope.period,
    'a Lorenz curve divides by the mean',
  );
  const groups = { shares: new Float64Array(ids.length).fill(1 / ids.length), means };
  return { gini: groupedGini(groups), ratio: topBottomRatio(groups) };
}

/**
 * The province's middle- and low-income shares (its own value, else the units' pooled by the
 * weight) and, from equal-sized quantile groups' mean incomes, the grouped Gini and the top/bottom
 * ratio, each with the change against a year earlier (METHODS.md § The three-gap summary).
 */
export function incomeDistribution(
  spec: IncomeGapSpec,
  read: ValueReader,
  now: Scope,
  before: Scope,
): IncomeDistribution {
  let quantiles: IncomeDistribution['quantiles'] = null;
  if (spec.quantileMeans) {
    const a = quantilesAt(spec.quantileMeans, read, now);
    const b = quantilesAt(spec.quantileMeans, read, before);
    quantiles = { gini: figure(a.gini, b.gini), topBottomRatio: figure(a.ratio, b.ratio) };
  }
  return {
    unit: now.province,
    middleShare: shareFigure(spec.middleShare, read, now, before),
    lowShare: shareFigure(spec.lowShare, read, now, before),
    quantiles,
  };
}
