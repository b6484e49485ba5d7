// Evaluations computed from the store on request: the framework, data and units read once per
// data version (newest import and framework) and kept in the instance's cache.

import { nowIso } from '../core/clock.ts';
import type { Dataset } from '../core/data/dataset.ts';
import type { Framework } from '../core/framework/schema.ts';
import { evaluationJson, type EvaluationJson } from '../core/outputs/evaluation-json.ts';
import type { PipelineConfigInput } from '../core/pipeline/config.ts';
import { evaluate, type Evaluation, type EvaluationInput } from '../core/pipeline/evaluate.ts';
import { canonicalJson } from '../core/provenance.ts';
import { frameworkSeries } from '../ingest/load-evaluation-inputs.ts';
import { nodeHasher } from '../node/hasher.ts';
import type { Store } from '../store/connect.ts';
import { getFramework } from '../store/frameworks.ts';
import { storedUnits } from '../store/geography.ts';
import { datasetFromStore } from '../store/observations.ts';
import { sha256Hex } from '../store/hash.ts';
import type { ResultCache } from './cache.ts';

/** What an evaluation reads, at one data version. */
export interface LiveInputs {
  version: string;
  framework: Framework;
  data: Dataset;
  units: string[];
  names: Map<string, string>;
  demo: boolean;
}

/** The data version: the newest import and framework. One indexed query each. */
export async function dataVersion(store: Store): Promise<string> {
  const i = await store.db
    .selectFrom('imports')
    .select((eb) => eb.fn.max('id').as('m'))
    .executeTakeFirst();
  const f = await store.db
    .selectFrom('frameworks')
    .select((eb) => eb.fn.max('created_at').as('m'))
    .executeTakeFirst();
  return `${i?.m ?? 0}|${f?.m ?? ''}`;
}

/** The framework, data (now, or as of a moment) and evaluated units. */
export async function liveInputs(
  store: Store,
  cache: ResultCache,
  asOf: string | null,
): Promise<LiveInputs> {
  const version = await dataVersion(store);
  return cache.get(`inputs|${version}|${asOf ?? ''}`, async () => {
    const { framework } = await getFramework(store.db);
    const all = await storedUnits(store.db);
    const data = await datasetFromStore(store.db, [...frameworkSeries(framework)], { asOf });
    const city = new Map(all.map((u) => [u.code, u.parent]));
    data.attrs.city = data.units.map((u) => city.get(u) ?? null);
    const present = new Set(data.units);
    const demo = !!(await store.db
      .selectFrom('observations')
      .select('id')
      .where('source', '=', 'synthetic (demo)')
      .limit(1)
      .executeTakeFirst());
    return {
      version,
      framework,
      data,
      units: all.filter((u) => u.level === 'county' && present.has(u.code)).map((u) => u.code),
      names: new Map(all.map((u) => [u.code, u.name.zh])),
      demo,
    };
  });
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
      asOf: asOf ?? nowIso(),
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
      asOf: nowIso(),
      hasher: nodeHasher,
    };
    return { ev: evaluate(input), input, inputs };
  });
}
