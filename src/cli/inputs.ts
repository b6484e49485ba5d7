// Where a command's framework and data come from: files (--framework, --data, --pipeline) or the
// store (--db, default ./gapscope.db, created with the bundled data on first use), now or --as-of.

import { resolve } from 'node:path';
import type { Dataset } from '../core/data/dataset.ts';
import { GapscopeError } from '../core/errors.ts';
import type { Framework } from '../core/framework/schema.ts';
import type { Unit } from '../core/geography/units.ts';
import type { PipelineConfigInput } from '../core/pipeline/config.ts';
import { BUNDLED } from '../ingest/bundled.ts';
import { loadFramework } from '../ingest/framework-file.ts';
import { loadGeography } from '../ingest/geography.ts';
import { frameworkSeries, loadEvaluationFiles } from '../ingest/load-evaluation-inputs.ts';
import { loadPipeline } from '../ingest/pipeline-file.ts';
import { now, parseMoment } from '../store/clock.ts';
import { getFramework } from '../store/frameworks.ts';
import { storedUnits } from '../store/geography.ts';
import { datasetFromStore } from '../store/observations.ts';
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

const DEMO_SOURCE = 'synthetic (demo)';

/** Counties of a geography present in the data, their names, and each unit's city as `city`. */
function scopeFromUnits(
  all: Unit[],
  data: Dataset,
): { units: string[]; names: Map<string, string> } {
  const city = new Map(all.map((u) => [u.code, u.parent]));
  data.attrs.city = data.units.map((u) => city.get(u) ?? null);
  const present = new Set(data.units);
  return {
    units: all.filter((u) => u.level === 'county' && present.has(u.code)).map((u) => u.code),
    names: new Map(all.map((u) => [u.code, u.name.zh])),
  };
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
  const scope = geo ? scopeFromUnits(geo.units, files.data) : null;
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
    const framework = v.framework
      ? (await loadFramework(v.framework)).framework
      : (await getFramework(s.db)).framework;
    const all = await storedUnits(s.db);
    const data = await datasetFromStore(s.db, [...frameworkSeries(framework)], { asOf });
    const demoRow = await s.db
      .selectFrom('observations')
      .select('id')
      .where('source', '=', DEMO_SOURCE)
      .where('recorded_at', '<=', asOf)
      .limit(1)
      .executeTakeFirst();
    const scope = scopeFromUnits(all, data);
    return {
      framework,
      data,
      config: v.pipeline ? await loadPipeline(v.pipeline) : {},
      units: scope.units.length ? scope.units : undefined,
      names: scope.names,
      demo: !!demoRow,
      asOf,
      origin: s.location,
    };
  });
}

/** Files when --data is given, else the store. */
export function loadInputs(v: InputOptions, io: CliIo): Promise<Inputs> {
  return v.data ? inputsFromFiles(v) : inputsFromStore(v, io);
}
