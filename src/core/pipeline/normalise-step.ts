// Step 5, normalise: each period's treated columns onto the common scale, with what each method
// needs from the framework (goalposts, targets) or the data (pooled range, reference unit).

import type { Dataset } from '../data/dataset.ts';
import { parsePeriod } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import { targetFor } from '../framework/targets.ts';
import type { FrameworkTree } from '../framework/tree.ts';
import { defaultParams, normalisers } from '../normalise/index.ts';
import type { NormaliseContext } from '../normalise/types.ts';
import { minMax } from '../stats/moments.ts';
import type { PipelineConfig } from './config.ts';
import { denominate, extractRaw } from './denominate.ts';
import type { Frame } from './frame.ts';

/** A period's treated columns, with its index among the evaluated periods. */
export interface TreatedPeriod {
  p: number;
  frame: Frame;
}

/** The reference unit's (denominated) value of indicator j in period p, for `reference`. */
function referenceValues(
  cfg: PipelineConfig,
  data: Dataset,
  tree: FrameworkTree,
  units: string[],
): (p: number, j: number) => number {
  const ref = cfg.normalise.reference ?? data.units.find((u) => !units.includes(u));
  const at = ref === undefined ? -1 : data.units.indexOf(ref);
  if (ref === undefined || at < 0) {
    throw new GapscopeError(
      'normalise.no-reference',
      `reference normalisation needs a reference unit in the data${ref ? ` (${ref} is not there)` : ''}`,
    );
  }
  const idx = Int32Array.of(at);
  const raw = extractRaw(data, tree, idx, 1);
  const frames = cfg.denominate ? denominate(raw, data, tree, idx, [ref]) : raw;
  return (p, j) => {
    const v = frames[p]!.cols[j]![0]!;
    if (!(v === v))
      throw new GapscopeError(
        'normalise.no-reference',
        `reference unit ${ref} has no value of ${tree.ids[j]} in ${data.periods[p]}`,
      );
    return v;
  };
}

/**
 * Normalises `periods` (METHODS.md § Normalisation). `pooledFrom` are the periods whose range
 * `minmax-pooled` pools (every evaluated period); `data` is the evaluated periods' dataset with
 * every unit, for the reference unit.
 */
export function normaliseStep(
  cfg: PipelineConfig,
  tree: FrameworkTree,
  periods: TreatedPeriod[],
  pooledFrom: TreatedPeriod[],
  active: Uint8Array[],
  data: Dataset,
  units: string[],
): Float64Array[][] {
  const method = cfg.normalise.method;
  const params = cfg.normalise.params ?? defaultParams(method);
  const pooled: { min: number; max: number }[] = [];
  if (method === 'minmax-pooled') {
    for (let j = 0; j < tree.nIndicators; j++) {
      let min = Infinity;
      let max = -Infinity;
      for (const t of pooledFrom) {
        const r = minMax(t.frame.cols[j]!, active[t.p]!);
        if (r.min < min) min = r.min;
        if (r.max > max) max = r.max;
      }
      pooled.push({ min, max });
    }
  }
  const reference = method === 'reference' ? referenceValues(cfg, data, tree, units) : null;
  const normalise = normalisers[method];
  return periods.map(({ p, frame }) => {
    const year = parsePeriod(frame.period).year;
    return frame.cols.map((col, j) => {
      const ind = tree.indicators[j]!;
      const ctx: NormaliseContext = { params, goalposts: ind.goalposts, pooled: pooled[j] };
      if (method === 'target') {
        const t = targetFor(ind, year);
        if (!t)
          throw new GapscopeError(
            'normalise.no-target',
            `indicator ${ind.id} has no target for ${year} or later`,
          );
        ctx.target = t.value;
      }
      if (method === 'goalposts' && !ind.goalposts) {
        throw new GapscopeError(
          'normalise.no-goalposts',
          `indicator ${ind.id} has no goalposts [L, U] for goalposts normalisation`,
        );
      }
      if (reference) ctx.reference = reference(p, j);
      return normalise(col, active[p]!, tree.direction[j]!, ctx);
    });
  });
}
