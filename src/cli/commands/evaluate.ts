// `gapscope evaluate`: run the pipeline on a framework and data from files, print or write the result.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MISSING } from '../../core/text/format.ts';
import { GapscopeError } from '../../core/errors.ts';
import {
  AGGREGATE_METHODS,
  IMPUTE_METHODS,
  NORMALISE_METHODS,
  TIER_METHODS,
  TREAT_METHODS,
  WEIGHT_METHODS,
  type PipelineConfigInput,
} from '../../core/pipeline/config.ts';
import { evaluate } from '../../core/pipeline/evaluate.ts';
import {
  aggregatedTable,
  evaluationJson,
  type EvaluationJson,
} from '../../core/outputs/evaluation-json.ts';
import { toCsv } from '../../core/text/csv.ts';
import { validatePipeline } from '../../ingest/pipeline-file.ts';
import { nodeHasher } from '../../node/hasher.ts';
import { publishEvaluation } from '../../store/evaluations.ts';
import { choice, numberOption, numberPair } from '../args.ts';
import { fixed, signed, textTable } from '../format.ts';
import { inputsFromFiles, loadInputs } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const EVALUATE_HELP = `gapscope evaluate — score units on a composite index

  --db URL             the store to read (default ./gapscope.db, or DATABASE_URL; a new store is
                       filled with the bundled geography, framework and demo data)
  --as-of TIME         the store's data as they stood then (2025-10-31 or an ISO time)
  --publish            keep the result in the store as a published evaluation
  --framework FILE     framework: .yaml, .json or COINr iMeta .csv (default: the store's, or with
                       --data the bundled 4 × 18 framework)
  --data FILE          data from a file instead of the store: .csv or .xlsx, long
                       (unit,indicator,period,value) or wide (unit/uCode + a column per
                       indicator), or COINr iData
  --pipeline FILE      pipeline.yaml with the method choices; the flags below override it
  --period P           the period to report (default: the latest); periods of its kind are evaluated
  --denominate / --no-denominate
  --impute none|group-mean|group-median|interpolate|locf   --impute-group COL
  --screen THRESHOLD   least share of indicators with a value (0–1)
  --treat none|winsorise|clip   --treat-max K
  --normalise minmax|minmax-pooled|goalposts|zscore|rank|target|reference
  --normalise-params A,B   minmax/rank: lo,hi; zscore: mean,sd
  --weights equal|expert|entropy|critic|cv|pca|ahp|combined
  --aggregate arithmetic|geometric|harmonic|topsis|coupling   (every level)
  --tiers quantile|jenks|thresholds   --tiers-k K
  --compare P          period to compute change against (default: a year earlier)
  --json               print the whole result as JSON
  --table aggregated   write COINr's Aggregated table (unit × indicators and aggregates) as CSV
  --output FILE        where --json or --table goes (default: standard output)
`;

const OPTIONS = {
  db: { type: 'string' },
  'as-of': { type: 'string' },
  publish: { type: 'boolean' },
  framework: { type: 'string' },
  data: { type: 'string' },
  pipeline: { type: 'string' },
  period: { type: 'string' },
  denominate: { type: 'boolean' },
  'no-denominate': { type: 'boolean' },
  impute: { type: 'string' },
  'impute-group': { type: 'string' },
  screen: { type: 'string' },
  treat: { type: 'string' },
  'treat-max': { type: 'string' },
  normalise: { type: 'string' },
  'normalise-params': { type: 'string' },
  weights: { type: 'string' },
  aggregate: { type: 'string' },
  tiers: { type: 'string' },
  'tiers-k': { type: 'string' },
  compare: { type: 'string' },
  json: { type: 'boolean' },
  table: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** Layers the flags over the pipeline file's choices. */
export function configFromFlags(base: PipelineConfigInput, v: Values): PipelineConfigInput {
  const c: PipelineConfigInput = structuredClone(base);
  if (v.denominate) c.denominate = true;
  if (v['no-denominate']) c.denominate = false;
  if (v.impute) c.impute = { ...c.impute, method: choice('impute', v.impute, IMPUTE_METHODS) };
  if (v['impute-group']) c.impute = { ...c.impute, group: v['impute-group'] };
  if (v.screen) c.screen = { ...c.screen, threshold: numberOption('screen', v.screen) };
  if (v.treat) c.treat = { ...c.treat, method: choice('treat', v.treat, TREAT_METHODS) };
  if (v['treat-max']) c.treat = { ...c.treat, maxCells: numberOption('treat-max', v['treat-max']) };
  if (v.normalise)
    c.normalise = { ...c.normalise, method: choice('normalise', v.normalise, NORMALISE_METHODS) };
  if (v['normalise-params'])
    c.normalise = { ...c.normalise, params: numberPair('normalise-params', v['normalise-params']) };
  if (v.weights) c.weights = { ...c.weights, method: choice('weights', v.weights, WEIGHT_METHODS) };
  if (v.aggregate)
    c.aggregate = { method: choice('aggregate', v.aggregate, AGGREGATE_METHODS), levels: {} };
  if (v.tiers) c.tiers = { ...c.tiers, method: choice('tiers', v.tiers, TIER_METHODS) };
  if (v['tiers-k']) c.tiers = { ...c.tiers, k: numberOption('tiers-k', v['tiers-k']) };
  if (v.compare) c.compare = v.compare;
  return validatePipeline(c, 'command-line options');
}

/** A plain-text report of one period: the ranking with domains, and what the pipeline did. */
export function renderText(
  r: EvaluationJson,
  opts: { demo: boolean; frameworkName: string; reconstruction: boolean; domainNames: string[] },
): string {
  const out: string[] = [];
  if (opts.demo)
    out.push(
      'DEMO DATA — synthetic except where a row names its source. Not official figures.',
      '',
    );
  out.push(
    `${opts.frameworkName} (${r.framework.id} ${r.framework.version})${opts.reconstruction ? ' — a reconstruction, not the official index' : ''}`,
  );
  const c = r.config;
  out.push(
    `period ${r.period}${r.compare ? `, change against ${r.compare}` : ''}; ${r.units.length} units`,
    `pipeline: ${c.denominate ? 'denominate → ' : ''}impute ${c.impute.method} → screen ${c.screen.threshold} → treat ${c.treat.method} → normalise ${c.normalise.method} → weights ${c.weights.method} → aggregate ${c.aggregate.method}`,
    '',
  );
  const domains = Object.keys(r.units[0]?.domains ?? {});
  const header = ['rank', 'unit', 'name', 'score', 'tier', 'Δrank', ...domains];
  const rows = r.units.map((u) => [
    u.rank === null ? MISSING : String(u.rank),
    u.unit,
    u.name ?? '',
    fixed(u.score),
    u.tier === null ? MISSING : String(u.tier),
    signed(u.change?.rank),
    ...domains.map((d) => fixed(u.domains[d])),
  ]);
  const numeric = new Set([0, 3, 4, 5, ...domains.map((_, k) => 6 + k)]);
  out.push(textTable(header, rows, numeric), '');
  if (opts.domainNames.length) out.push(`domains: ${opts.domainNames.join(' · ')}`);
  const treated = Object.entries(r.treatment).filter(([, t]) => t.changed > 0);
  if (treated.length) {
    out.push(
      `outliers treated: ${treated.map(([id, t]) => `${id} (${t.method}, ${t.changed} cell${t.changed === 1 ? '' : 's'})`).join(', ')}`,
    );
  }
  if (r.screened.length)
    out.push(`screened out: ${r.screened.map((s) => `${s.unit} (${s.reason})`).join('; ')}`);
  for (const w of r.warnings) out.push(`warning: ${w}`);
  out.push(
    `inputs ${r.inputsHash.slice(0, 16)} · result ${r.hash.slice(0, 16)} · ${r.software.name} ${r.software.version}`,
  );
  return out.join('\n') + '\n';
}

/** Runs `gapscope evaluate` (or, with `files`, `gapscope demo` on the bundled files). */
export async function runEvaluate(
  argv: string[],
  io: CliIo,
  opts: { files?: boolean } = {},
): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new GapscopeError('cli.option', `${(e as Error).message}\n\n${EVALUATE_HELP}`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(EVALUATE_HELP);
  if (v.table && v.table !== 'aggregated')
    throw new GapscopeError('cli.option', `--table takes "aggregated"; got "${v.table}"`);
  if (v.publish && (opts.files || v.data))
    throw new GapscopeError('cli.option', '--publish works on the store only (without --data)');
  const files = opts.files ? await inputsFromFiles(v) : await loadInputs(v, io);
  const demo = files.demo;
  const config = configFromFlags(files.config, v);
  const ev = evaluate({
    framework: files.framework,
    data: files.data,
    config,
    units: files.units,
    period: v.period,
    asOf: files.asOf,
    hasher: nodeHasher,
  });
  const result = evaluationJson(ev, { period: v.period, names: files.names });
  if (v.publish) {
    const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
    const id = await withStore(store, (s) =>
      publishEvaluation(s.db, { ...result, demo }, { user: io.user, asOf: files.asOf! }),
    );
    io.stderr(
      `published as evaluation ${id} (result ${result.hash.slice(0, 16)}, data as of ${files.asOf})\n`,
    );
  }
  let text: string;
  if (v.table) {
    const t = aggregatedTable(ev, v.period);
    text = toCsv(t.header, t.rows);
  } else if (v.json) {
    text = JSON.stringify({ ...result, demo }, null, 2) + '\n';
  } else {
    text = renderText(result, {
      demo,
      frameworkName: files.framework.name.en ?? files.framework.name.zh,
      reconstruction: files.framework.reconstruction,
      domainNames: files.framework.root.children.map(
        (d) =>
          `${d.id} ${d.name.zh}${d.name.en && d.name.en !== d.name.zh ? ` (${d.name.en})` : ''}`,
      ),
    });
  }
  if (v.output) await writeFile(v.output, text);
  else io.stdout(text);
}
