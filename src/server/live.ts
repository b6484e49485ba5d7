// Evaluations computed from the store on request: the live inputs (store/live-inputs.ts) read once
// per data version (newest import and framework) and kept in the instance's cache.

import { evaluationJson, type EvaluationJson } from '../core/outputs/evaluation-json.ts';
import type { PipelineConfigInput } from '../core/pipeline/config.ts';
import { evaluate, type Evaluation, type EvaluationInput } from '../core/pipeline/evaluate.ts';
import { canonicalJson } from '../core/provenance.ts';
import { nodeHasher } from '../node/hasher.ts';
import type { Store } from '../store/connect.ts';
import { sha256Hex } from '../store/hash.ts';
import {
  dataVersion as storedVersion,
  loadLiveInputs,
  type LiveInputs,
} from '../store/live-inputs.ts';
import type { ResultCache } from './cache.ts';

export type { LiveInputs };

/** The data version: the newest import and framework (the key of everything cached). */
export function dataVersion(store: Store): Promise<string> {
  return storedVersion(store.db);
}

/** The framework, data (now, or as of a moment) and evaluated units, cached per data version. */
export async function liveInputs(
  store: Store,
  cache: ResultCache,
  asOf: string | null,
): Promise<LiveInputs> {
  const version = await dataVersion(store);
  return cache.get(inputsKey(version, asOf), () => loadLiveInputs(store.db, { asOf }));
}

function inputsKey(version: string, asOf: string | null): string {
  return `inputs|${version}|${asOf ?? ''}`;
}

/**
 * Keeps live inputs read elsewhere (by an import's worker, inside its transaction, before the new
 * data show) as those of their version now; returns how to forget them if that version never comes.
 */
export function keepLiveInputs(cache: ResultCache, inputs: LiveInputs): () => void {
  const key = inputsKey(inputs.version, null);
  cache.set(key, inputs);
  return () => cache.delete(key);
}

/** Evaluates the store's data with a config for a period (default the latest); cached per version. */
export async function liveEvaluation(
  store: Store,
  cache: ResultCache,
  req: { period?: string; config?: PipelineConfigInput; asOf?: string | null },
): Promise<EvaluationJson & { demo: boolean }> {
  const asOf = req.asOf ?? null;
  const inputs = await liveInputs(store, cache, asOf);
  const key = `eval|${inputs.version}|${asOf ?? ''}|${req.period ?? ''}|${sha256Hex(canonicalJson(req.config ?? {}))}`;
  return cache.get(key, async () => {
    const ev = evaluate({
      framework: inputs.framework,
      data: inputs.data,
      config: req.config,
      units: inputs.units.length ? inputs.units : undefined,
      period: req.period,
      asOf: inputs.asOf,
      hasher: nodeHasher,
    });
    return {
      ...evaluationJson(ev, { period: req.period, names: inputs.names }),
      demo: inputs.demo,
    };
  });
}

/** The evaluation object itself (for diagnostics, what-if, uncertainty), cached per version. */
export async function liveEvaluationObject(
  store: Store,
  cache: ResultCache,
  period?: string,
): Promise<{ ev: Evaluation; input: EvaluationInput; inputs: LiveInputs }> {
  const inputs = await liveInputs(store, cache, null);
  return cache.get(`evobj|${inputs.version}|${period ?? ''}`, async () => {
    const input: EvaluationInput = {
      framework: inputs.framework,
      data: inputs.data,
      units: inputs.units.length ? inputs.units : undefined,
      period,
      asOf: inputs.asOf,
      hasher: nodeHasher,
    };
    return { ev: evaluate(input), input, inputs };
  });
}
