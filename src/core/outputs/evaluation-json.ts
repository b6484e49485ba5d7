// One period of an evaluation as a plain JSON object: what the CLI prints and the API returns.

import { couplingClass } from '../aggregate/coupling.ts';
import { parsePeriod, yearEarlier } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';
import type { Provenance } from '../provenance.ts';
import { CELL_FLAG_NAME } from '../treat/index.ts';
import { changeBetween, type Change } from './change.ts';
import { contributions, obstacles } from './contribution.ts';
import { unitIndicatorWeights } from './unit-weights.ts';

/** A number for JSON: null instead of NaN or ±Infinity. */
export function finite(v: number | undefined): number | null {
  return v !== undefined && Number.isFinite(v) ? v : null;
}

export interface IndicatorJson {
  raw: number | null;
  value: number | null;
  imputed: boolean;
  /** The indicator does not apply to the unit (METHODS.md § Not applicable): no value, none imputed. */
  notApplicable: boolean;
  treated: string | null;
  normalised: number | null;
  rank: number | null;
  contribution: number | null;
  obstacle: number | null;
}

export interface UnitJson {
  unit: string;
  name?: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  change: { score: number | null; rank: number | null } | null;
  domains: Record<string, number | null>;
  coupling: { C: number | null; T: number | null; D: number | null; class: string | null };
  indicators: Record<string, IndicatorJson>;
}

export interface EvaluationJson extends Provenance {
  period: string;
  periods: string[];
  compare: string | null;
  /** Indicator id → weight in the whole index (sums to 1). */
  weights: Record<string, number>;
  /** Aggregate id → its weight among its siblings. */
  nodeWeights: Record<string, number>;
  ahp: { node: string; lambdaMax: number; ci: number; cr: number }[];
  units: UnitJson[];
  screened: { unit: string; share: number; reason: string }[];
  treatment: Record<
    string,
    {
      method: string;
      changed: number;
      skewBefore: number | null;
      kurtBefore: number | null;
      skewAfter: number | null;
      kurtAfter: number | null;
    }
  >;
  flagged: { unit: string; node: string; share: number }[];
  warnings: string[];
}

/**
 * The result for one period (default: the latest), units sorted by rank then code. Change is
 * against `compare` (default: the config's, else the same period a year earlier, when evaluated).
 */
export function evaluationJson(
  ev: Evaluation,
  opts: { period?: string; names?: Map<string, string> } = {},
): EvaluationJson {
  const pi =
    opts.period === undefined
      ? ev.periods.length - 1
      : ev.periods.findIndex((p) => p.period === opts.period);
  const p = ev.periods[pi];
  if (!p) {
    throw new GapscopeError(
      'evaluate.no-period',
      `no results for period ${opts.period}; evaluated: ${ev.periods.map((x) => x.period).join(', ')}`,
    );
  }
  const tree = ev.tree;
  const nInd = tree.nIndicators;
  const arithmetic = p.methods.every((m) => m === '' || m === 'arithmetic');
  const W = unitIndicatorWeights(tree, p.weights.local, p.scores);
  const y = p.scores.slice(0, nInd);
  const contrib = arithmetic ? contributions(W, y, p.scores[tree.root]!) : null;
  const obst = obstacles(W, y);
  const base = ev.meta.config.compare ?? yearEarlier(parsePeriod(p.period));
  let change: Change | null = null;
  if (ev.periods.some((x) => x.period === base)) change = changeBetween(ev, p.period, base);
  const domains = [...tree.children[tree.root]!];
  const root = tree.root;

  const units: UnitJson[] = ev.units.map((code, u) => {
    const indicators: Record<string, IndicatorJson> = {};
    tree.indicators.forEach((ind, j) => {
      const flag = p.treatment[j]!.flags?.[u] ?? 0;
      indicators[ind.id] = {
        raw: finite(p.stages.raw[j]![u]),
        value: finite(p.stages.imputed[j]![u]),
        imputed: !!p.imputedFlags[j]?.[u],
        notApplicable: p.notApplicable[j]?.[u] === 1,
        treated: flag ? (CELL_FLAG_NAME[flag] ?? null) : null,
        normalised: finite(p.scores[j]![u]),
        rank: p.rank(j)[u]! || null,
        contribution: contrib ? finite(contrib[j]![u]) : null,
        obstacle: finite(obst[j]![u]),
      };
    });
    const D = p.coupling.D[u]!;
    return {
      unit: code,
      ...(opts.names?.has(code) ? { name: opts.names.get(code)! } : {}),
      score: finite(p.scores[root]![u]),
      rank: p.rank(root)[u]! || null,
      tier: p.tiers[u]! || null,
      change: change ? { score: finite(change.score[u]), rank: finite(change.rank[u]) } : null,
      domains: Object.fromEntries(domains.map((k) => [tree.ids[k]!, finite(p.scores[k]![u])])),
      coupling: {
        C: finite(p.coupling.C[u]),
        T: finite(p.coupling.T[u]),
        D: finite(D),
        class: D === D ? couplingClass(D).en : null,
      },
      indicators,
    };
  });
  units.sort(
    (a, b) =>
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );

  return {
    ...ev.meta,
    period: p.period,
    periods: ev.periods.map((x) => x.period),
    compare: change ? base : null,
    weights: Object.fromEntries(tree.indicators.map((ind, j) => [ind.id, p.weights.effective[j]!])),
    nodeWeights: Object.fromEntries(
      tree.aggregates.map((a, k) => [a.id, p.weights.local[nInd + k]!]),
    ),
    ahp: p.weights.ahp,
    units,
    screened: ev.screened
      .filter((s) => s.period === p.period)
      .map(({ unit, share, reason }) => ({ unit, share, reason })),
    treatment: Object.fromEntries(
      tree.indicators.map((ind, j) => {
        const t = p.treatment[j]!;
        return [
          ind.id,
          {
            method: t.method,
            changed: t.changed,
            skewBefore: finite(t.skewBefore),
            kurtBefore: finite(t.kurtBefore),
            skewAfter: finite(t.skewAfter),
            kurtAfter: finite(t.kurtAfter),
          },
        ];
      }),
    ),
    flagged: ev.flagged
      .filter((f) => f.period === p.period)
      .map(({ unit, node, share }) => ({ unit, node, share })),
    warnings: ev.warnings,
  };
}

/** COINr's `Aggregated` shape: a row per unit, `unit` then every indicator (normalised) and aggregate (score). */
export function aggregatedTable(
  ev: Evaluation,
  period?: string,
): { header: string[]; rows: (string | number | null)[][] } {
  const p =
    period === undefined
      ? ev.periods[ev.periods.length - 1]!
      : ev.periods.find((x) => x.period === period);
  if (!p) throw new GapscopeError('evaluate.no-period', `no results for period ${period}`);
  return {
    header: ['unit', ...ev.tree.ids],
    rows: ev.units.map((u, i) => [u, ...p.scores.map((col) => finite(col[i]))]),
  };
}
