// The pipeline settings of the Method page as data: the config being edited (the core's own
// schema and defaults), what of it differs from the defaults (sent to the server and kept in the
// URL), the AHP matrices and their consistency, and which field an error belongs to.

import { GapscopeError } from '@gapscope/core/errors.ts';
import type { FrameworkTree } from '@gapscope/core/framework/tree.ts';
import {
  PipelineConfigSchema,
  defaultConfig,
  type PipelineConfig,
  type PipelineConfigInput,
} from '@gapscope/core/pipeline/config.ts';
import { ahp, RANDOM_INDEX } from '@gapscope/core/weights/ahp.ts';

export {
  AGGREGATE_METHODS,
  IMPUTE_METHODS,
  NORMALISE_METHODS,
  TIER_METHODS,
  TREAT_METHODS,
  WEIGHT_METHODS,
} from '@gapscope/core/pipeline/config.ts';
export type { PipelineConfig } from '@gapscope/core/pipeline/config.ts';
export { defaultConfig };

/** The config sections a form field belongs to (and an error may name). */
export const SECTIONS = [
  'denominate',
  'impute',
  'screen',
  'treat',
  'normalise',
  'weights',
  'aggregate',
  'tiers',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Weighting methods computed from the data (they take a scope). */
export const OBJECTIVE = new Set(['entropy', 'critic', 'cv', 'pca']);

/** Saaty's 1–9 scale and its reciprocals, for a pairwise judgement. */
export const SAATY: readonly number[] = [
  1 / 9,
  1 / 8,
  1 / 7,
  1 / 6,
  1 / 5,
  1 / 4,
  1 / 3,
  1 / 2,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
];

/** A judgement as people write it: 3, 1/3, 1. */
export function saatyLabel(v: number): string {
  if (v >= 1) return String(Math.round(v));
  return `1/${Math.round(1 / v)}`;
}

/** The nearest value of the scale (judgements are kept on it). */
export function nearestSaaty(v: number): number {
  let best = 1;
  for (const s of SAATY) if (Math.abs(Math.log(s / v)) < Math.abs(Math.log(best / v))) best = s;
  return best;
}

/** The defaults with a partial config (from the URL) laid over; an invalid one gives the defaults. */
export function configFrom(input: unknown): PipelineConfig {
  const r = PipelineConfigSchema.safeParse(input ?? {});
  return r.success ? r.data : defaultConfig();
}

/** Reads the URL's `config` parameter (JSON of the differences from the defaults). */
export function configFromParam(param: string | undefined): PipelineConfig {
  if (!param) return defaultConfig();
  try {
    return configFrom(JSON.parse(param));
  } catch {
    return defaultConfig();
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function diff(value: unknown, base: unknown): unknown {
  if (isObject(value) && isObject(base)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const d = diff(v, base[k]);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}

/**
 * What of `config` differs from the defaults, section by section (records such as the AHP
 * matrices and per-level methods whole): the request body's config and the URL's parameter.
 */
export function changedConfig(config: PipelineConfig): PipelineConfigInput {
  const base = defaultConfig() as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(config)) {
    if (k === 'weights' || k === 'aggregate') {
      const section = v as Record<string, unknown>;
      const d = (diff(
        Object.fromEntries(Object.entries(section).filter(([f]) => f !== 'ahp' && f !== 'levels')),
        base[k],
      ) ?? {}) as Record<string, unknown>;
      for (const f of ['ahp', 'levels'])
        if (isObject(section[f]) && Object.keys(section[f]).length) d[f] = section[f];
      if (Object.keys(d).length) out[k] = d;
      continue;
    }
    const d = diff(v, base[k]);
    if (d !== undefined) out[k] = d;
  }
  return out as PipelineConfigInput;
}

/** A consistent matrix from the framework's weights of `node`'s children: a_ij = w_i / w_j on Saaty's scale. */
export function defaultMatrix(tree: FrameworkTree, node: string): number[][] {
  const k = tree.index.get(node)!;
  const w = [...tree.children[k]!].map((c) => tree.weight[c]! || 1);
  return w.map((wi, i) =>
    w.map((wj, j) => (i === j ? 1 : i < j ? nearestSaaty(wi / wj) : 1 / nearestSaaty(wj / wi))),
  );
}

/** The matrix with a_ij set and a_ji its reciprocal. */
export function setJudgement(m: number[][], i: number, j: number, v: number): number[][] {
  return m.map((row, r) =>
    row.map((x, c) => (r === i && c === j ? v : r === j && c === i ? 1 / v : x)),
  );
}

/** An AHP matrix's weights and consistency, or the reason it is refused (METHODS.md § Weighting, ahp). */
export type AhpCheck =
  | { ok: true; weights: number[]; cr: number; lambdaMax: number }
  | { ok: false; cr: number | null; message: string };

/** Checks a matrix in the browser the way the server will (the same core function). */
export function checkAhp(matrix: number[][], node: string): AhpCheck {
  try {
    const r = ahp(matrix, node);
    return { ok: true, weights: [...r.weights], cr: r.cr, lambdaMax: r.lambdaMax };
  } catch (e) {
    if (!(e instanceof GapscopeError)) throw e;
    const m = /CR = ([\d.]+)/.exec(e.message);
    return { ok: false, cr: m ? Number(m[1]) : null, message: e.message };
  }
}

/** The random index for m items (for showing how CR is formed). */
export function randomIndex(m: number): number | null {
  return RANDOM_INDEX[m - 1] ?? null;
}

/** The aggregates of the tree with their level (COINr's numbering) and children's ids. */
export function aggregatesOf(
  tree: FrameworkTree,
): { id: string; level: number; children: string[] }[] {
  return tree.aggregates.map((a) => {
    const k = tree.index.get(a.id)!;
    return {
      id: a.id,
      level: tree.level[k]!,
      children: [...tree.children[k]!].map((c) => tree.ids[c]!),
    };
  });
}

/** The aggregation levels of the tree (2 combines indicators, …), lowest first. */
export function levelsOf(tree: FrameworkTree): number[] {
  return [...new Set(aggregatesOf(tree).map((a) => a.level))].sort((a, b) => a - b);
}

/** An error as the API sends it (see web/src/api/client.ts). */
export interface FieldError {
  code: string;
  field: string | null;
  detail: string;
}

/**
 * The form field an error belongs to: `weights.ahp.NODE` for an AHP matrix, a config section
 * (`normalise`, `aggregate` …), `period`, or `general`. The request validator names a path
 * (`config.treat.maxCells`); a pipeline error names its step in its code (`aggregate.nonpositive`)
 * and an AHP matrix in its text (`AHP matrix "CITY" …`).
 */
export function errorField(e: FieldError): string {
  const path = (e.field ?? '').replace(/^config\./, '');
  const [top, second, third] = path.split('.');
  if (top === 'weights' && second === 'ahp' && third) return `weights.ahp.${third}`;
  if (top === 'period') return 'period';
  if (top && (SECTIONS as readonly string[]).includes(top)) return top;
  if (e.code.startsWith('weights.ahp')) {
    const m = /AHP matrix "([^"]+)"/.exec(e.detail);
    if (m) return `weights.ahp.${m[1]}`;
  }
  const family = e.code.split('.')[0]!;
  if (family === 'denominate') return 'denominate';
  if ((SECTIONS as readonly string[]).includes(family)) return family;
  if (e.code === 'evaluate.no-period') return 'period';
  return 'general';
}
