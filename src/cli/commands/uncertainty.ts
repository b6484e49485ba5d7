// `gapscope uncertainty`: each unit's rank and score interval by Monte Carlo over the method choices.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { finite } from '../../core/outputs/evaluation-json.ts';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import { uncertainty, type Interval } from '../../core/uncertainty/montecarlo.ts';
import { DEFAULT_SPEC, parseSpec, type UncertaintySpec } from '../../core/uncertainty/spec.ts';
import { readYamlFile } from '../../ingest/yaml-file.ts';
import { nodeHasher } from '../../node/hasher.ts';
import { numberOption } from '../args.ts';
import { fixed, textTable } from '../format.ts';
import { loadInputs, type Inputs } from '../inputs.ts';
import type { CliIo } from '../io.ts';

/** Where the data come from, as `gapscope evaluate` reads them: the store, or files with --data. */
export const INPUT_OPTIONS = {
  db: { type: 'string' },
  'as-of': { type: 'string' },
  framework: { type: 'string' },
  data: { type: 'string' },
  pipeline: { type: 'string' },
  period: { type: 'string' },
} as const;

export const INPUT_HELP = `  --db URL             the store to read (default ./gapscope.db, or DATABASE_URL)
  --as-of TIME         the store's data as they stood then (2025-10-31 or an ISO time)
  --framework FILE     framework: .yaml, .json or COINr iMeta .csv (default: the store's, or with
                       --data the bundled 4 × 18 framework)
  --data FILE          data from a file instead of the store (as gapscope evaluate reads it)
  --pipeline FILE      pipeline.yaml: the nominal method choices
  --period P           the period to analyse (default: the latest)`;

export const DEMO_BANNER =
  'DEMO DATA — synthetic except where a row names its source. Not official figures.';

export const UNCERTAINTY_HELP = `gapscope uncertainty — each unit's rank interval by Monte Carlo over the method choices

  --runs N             replications (default 1000)
  --seed S             seed of the random draws; the same seed gives the same numbers (default 1)
  --spec FILE          the uncertain choices, YAML or JSON (default: the built-in spec, shown by
                       --show-spec)
  --show-spec          print the spec in use as JSON and stop
${INPUT_HELP}
  --json               print units (ranks) and scores as {unit, nominal, median, p5, p95}
  --choices            with --json, add each replication's choices
  --output FILE        where the output goes (default: standard output)
`;

/** Reads a spec file (YAML or JSON), or the default spec. */
export async function loadSpec(path: string | undefined): Promise<UncertaintySpec> {
  if (!path) return parseSpec(DEFAULT_SPEC, 'default spec');
  const { raw, file } = await readYamlFile(path, 'uncertainty.spec');
  return parseSpec(raw, file);
}

/** The evaluation a command analyses. */
export function evaluationInput(inputs: Inputs, period: string | undefined): EvaluationInput {
  return {
    framework: inputs.framework,
    data: inputs.data,
    config: inputs.config,
    units: inputs.units,
    period,
    asOf: inputs.asOf,
    hasher: nodeHasher,
  };
}

/** Per unit as JSON, in order of nominal rank then code. */
export function intervalRows(
  units: string[],
  iv: Interval,
  order: number[],
): {
  unit: string;
  nominal: number | null;
  median: number | null;
  p5: number | null;
  p95: number | null;
}[] {
  return order.map((u) => ({
    unit: units[u]!,
    nominal: finite(iv.nominal[u]),
    median: finite(iv.median[u]),
    p5: finite(iv.p5[u]),
    p95: finite(iv.p95[u]),
  }));
}

/** Unit positions by nominal rank (unranked last), then code. */
export function byNominalRank(units: string[], rank: Interval): number[] {
  return units
    .map((_, u) => u)
    .sort(
      (a, b) =>
        (rank.nominal[a]! || Infinity) - (rank.nominal[b]! || Infinity) ||
        (units[a]! < units[b]! ? -1 : units[a]! > units[b]! ? 1 : 0),
    );
}

/** Runs `gapscope uncertainty`. */
export async function runUncertainty(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      ...INPUT_OPTIONS,
      runs: { type: 'string' },
      seed: { type: 'string' },
      spec: { type: 'string' },
      'show-spec': { type: 'boolean' },
      json: { type: 'boolean' },
      choices: { type: 'boolean' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(UNCERTAINTY_HELP);
  const spec = await loadSpec(v.spec);
  if (v['show-spec']) return io.stdout(JSON.stringify(spec, null, 2) + '\n');
  const runs = v.runs ? numberOption('runs', v.runs) : 1000;
  const seed = v.seed ? numberOption('seed', v.seed) : 1;
  const inputs = await loadInputs(v, io);
  const r = uncertainty(evaluationInput(inputs, v.period), spec, { runs, seed, period: v.period });
  const order = byNominalRank(r.units, r.rank);
  let text: string;
  if (v.json) {
    const out = {
      period: r.period,
      runs: r.runs,
      seed: r.seed,
      spec,
      choices: r.choiceNames,
      units: intervalRows(r.units, r.rank, order),
      scores: intervalRows(r.units, r.score, order),
      failed: { count: r.failed.length, first: r.failed.slice(0, 5) },
      ...(v.choices ? { replications: r.replications.choices } : {}),
      demo: inputs.demo,
      asOf: r.meta.asOf,
      inputsHash: r.meta.inputsHash,
      hash: r.meta.hash,
    };
    text = JSON.stringify(out, null, 2) + '\n';
  } else {
    const lines: string[] = [];
    if (inputs.demo) lines.push(DEMO_BANNER, '');
    lines.push(
      `period ${r.period}; ${r.runs} replications (seed ${r.seed}) varying ${r.choiceNames.join(', ') || 'nothing'}`,
      '',
    );
    const rows = order.map((u) => [
      fixed(r.rank.nominal[u], 0),
      r.units[u]!,
      inputs.names.get(r.units[u]!) ?? '',
      fixed(r.rank.median[u], 1),
      `${fixed(r.rank.p5[u], 0)}–${fixed(r.rank.p95[u], 0)}`,
      fixed(r.score.nominal[u]),
      fixed(r.score.median[u]),
      `${fixed(r.score.p5[u])}–${fixed(r.score.p95[u])}`,
    ]);
    lines.push(
      textTable(
        ['rank', 'unit', 'name', 'median', '5–95 %', 'score', 'median', '5–95 %'],
        rows,
        new Set([0, 3, 4, 5, 6, 7]),
      ),
      '',
    );
    if (r.failed.length) {
      lines.push(
        `${r.failed.length} replication(s) failed and are left out; the first: ${r.failed[0]!.message}`,
      );
    }
    text = lines.join('\n') + '\n';
  }
  if (v.output) await writeFile(v.output, text);
  else io.stdout(text);
}
