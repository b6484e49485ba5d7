// Where a command's framework and data come from: files (--framework, --data, --pipeline) or the
// store (--db, default ./gapscope.db, created with the bundled data on first use), now or --as-of.

import { resolve } from 'node:path';
import type { Dataset } from '../core/data/dataset.ts';
import { GapscopeError } from '../core/errors.ts';
import type { Framework } from '../core/framework/schema.ts';
import { evaluationScope } from '../core/geography/scope.ts';
import type { PipelineConfigInput } from '../core/pipeline/config.ts';
import { BUNDLED } from '../ingest/bundled.ts';
import { loadFramework } from '../ingest/framework-file.ts';
import { loadGeography } from '../ingest/geography.ts';
import { loadEvaluationFiles } from '../ingest/load-evaluation-inputs.ts';
import { loadPipeline } from '../ingest/pipeline-file.ts';
import { now, parseMoment } from '../store/clock.ts';
import { loadLiveInputs } from '../store/live-inputs.ts';
import type { CliIo } from './io.ts';
import { openCliStore, withStore } from './store.ts';

/** The options every data-reading command shares. */
export interface InputOptions {
  framework?: string;
  data?: string;
  pipeline?: string;
  db?: string;
  'as-of'?: string;
  period?: string;
}

/** What a command evaluates. */
export interface Inputs {
  framework: Framework;
  data: Dataset;
  config: PipelineConfigInput;
  /** The units to score (the county level of a known geography); undefined: all in the data. */
  units: string[] | undefined;
  names: Map<string, string>;
  /** True when the data are (or include) the bundled demo data. */
  demo: boolean;
  /** The moment the store's data stand as; null for files. */
  asOf: string | null;
  /** Where the data came from: the store's location, or "files". */
  origin: string;
}

/** Reads the framework and data from files; the bundled ones when `data` is not given. */
export async function inputsFromFiles(v: InputOptions): Promise<Inputs> {
  const bundledFramework = !v.framework;
  const geo = bundledFramework ? loadGeography() : null;
  const files = await loadEvaluationFiles({
    framework: v.framework ?? BUNDLED.framework,
    data: v.data ?? BUNDLED.demoData,
    pipeline: v.pipeline,
    knownUnits: geo ? new Set(geo.units.map((u) => u.code)) : undefined,
    period: v.period,
  });
  const scope = geo ? evaluationScope(geo.units, files.data.units) : null;
  if (scope) files.data.attrs.city = scope.city;
  return {
    framework: files.framework,
    data: files.data,
    config: files.config,
    units: scope?.units,
    names: scope?.names ?? files.names,
    // The bundled demo file is demo data however it is named on the command line.
    demo: !v.data || resolve(v.data) === BUNDLED.demoData,
    asOf: null,
    origin: 'files',
  };
}

/** Reads the framework and data from the store (creating it with the bundled data if new). */
export async function inputsFromStore(v: InputOptions, io: CliIo): Promise<Inputs> {
  const given = v['as-of'] ? parseMoment(v['as-of']) : null;
  if (v['as-of'] && !given) {
    throw new GapscopeError(
      'cli.option',
      `--as-of takes a date (2025-10-31) or an ISO time; got "${v['as-of']}"`,
    );
  }
  const store = await openCliStore(v.db, { init: !given, stderr: io.stderr });
  // "Now" is read after opening, so a store created just now is included.
  const asOf = given ?? now();
  return withStore(store, async (s) => {
    const framework = v.framework ? (await loadFramework(v.framework)).framework : undefined;
    const live = await loadLiveInputs(s.db, { asOf, framework });
    return {
      framework: live.framework,
      data: live.data,
      config: v.pipeline ? await loadPipeline(v.pipeline) : {},
      units: live.units.length ? live.units : undefined,
      names: live.names,
      demo: live.demo,
      asOf: live.asOf,
      origin: s.location,
    };
  });
}

/** Files when --data is given, else the store. */
export function loadInputs(v: InputOptions, io: CliIo): Promise<Inputs> {
  return v.data ? inputsFromFiles(v) : inputsFromStore(v, io);
}
