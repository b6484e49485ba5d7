// `gapscope inequality`: every inequality measure of one column of a file, or Gini from group data.

import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { groupedGini, topBottomRatio } from '../../core/inequality/grouped.ts';
import { groupingFromLabels } from '../../core/inequality/grouping.ts';
import { DEFAULT_INCOME_BOUNDS, incomeGroupShares } from '../../core/inequality/income-shares.ts';
import { inequalityProfile, type InequalityProfile } from '../../core/inequality/profile.ts';
import { labelColumn, numberColumn } from '../../ingest/columns.ts';
import { readTable } from '../../ingest/table.ts';
import { numberOption, numberPair } from '../args.ts';
import { fixed, textTable } from '../format.ts';
import type { CliIo } from '../io.ts';

export const INEQUALITY_HELP = `gapscope inequality — Gini, Theil, CV, S80/S20, Palma … of one column

  --data FILE          records: .csv or .xlsx with a header row
  --value COL          the column of values (incomes), each > 0
  --weight COL         a column of weights (population, household size × sampling weight), each > 0
  --group COL          a column of group labels: Theil T and L split between and within groups,
                       and each group's size, mean, shares and level relative to the whole
  --lorenz             add the Lorenz curve's points
  --middle LO,HI       add the low-, middle- and high-income shares: household income (value ×
                       --household-size) below LO, in [LO, HI), at or above HI (e.g. 100000,500000)
  --household-size K   persons per household for --middle (default 3)
  --groups FILE        grouped data instead: columns share,mean (each group's population share
                       and mean income, e.g. five quintiles); prints gini and topBottomRatio
  --json               as JSON
`;

const OPTIONS = {
  data: { type: 'string' },
  value: { type: 'string' },
  weight: { type: 'string' },
  group: { type: 'string' },
  lorenz: { type: 'boolean' },
  middle: { type: 'string' },
  'household-size': { type: 'string' },
  groups: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The JSON form of a profile: the names, null for what is not defined. */
function profileJson(p: InequalityProfile, opts: { lorenz: boolean }): Record<string, unknown> {
  const out: Record<string, unknown> = {
    n: p.n,
    mean: p.mean,
    gini: p.gini,
    theilT: p.theilT,
    theilL: p.theilL,
    cv: finiteOrNull(p.cv),
    cvWeighted: p.cvWeighted,
    maxMin: p.maxMin,
    s80s20: finiteOrNull(p.s80s20),
    palma: finiteOrNull(p.palma),
  };
  if (p.groups) out.groups = p.groups;
  if (opts.lorenz) {
    out.lorenz = Array.from(p.lorenz.population, (population, k) => ({
      population,
      income: p.lorenz.income[k]!,
    }));
  }
  return out;
}

function finiteOrNull(v: number): number | null {
  return Number.isFinite(v) ? v : null;
}

function renderProfile(p: InequalityProfile, extra: string[], opts: { lorenz: boolean }): string {
  const d = (v: { total: number; between: number | null; within: number | null }): string =>
    v.between === null
      ? fixed(v.total, 6)
      : `${fixed(v.total, 6)} (between ${fixed(v.between, 6)}, within ${fixed(v.within, 6)})`;
  const lines = [
    `n            ${p.n}`,
    `mean         ${fixed(p.mean, 4)}`,
    `gini         ${fixed(p.gini, 6)}`,
    `theil T      ${d(p.theilT)}`,
    `theil L      ${d(p.theilL)}`,
    `cv           ${fixed(p.cv, 6)}`,
    `cv weighted  ${fixed(p.cvWeighted, 6)}`,
    `max/min      ${fixed(p.maxMin, 4)}`,
    `S80/S20      ${fixed(p.s80s20, 4)}`,
    `Palma        ${fixed(p.palma, 4)}`,
    ...extra,
  ];
  if (p.groups) {
    lines.push(
      '',
      textTable(
        ['group', 'n', 'mean', 'population share', 'income share', 'relative level'],
        p.groups.map((g) => [
          g.group,
          String(g.n),
          fixed(g.mean, 2),
          fixed(g.populationShare, 4),
          fixed(g.incomeShare, 4),
          fixed(g.relativeLevel, 1),
        ]),
        new Set([1, 2, 3, 4, 5]),
      ),
    );
  }
  if (opts.lorenz) {
    lines.push(
      '',
      'Lorenz curve (population share → income share):',
      ...Array.from(
        p.lorenz.population,
        (q, k) => `  ${fixed(q, 4)}  ${fixed(p.lorenz.income[k], 4)}`,
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/** `--groups FILE`: Gini and top/bottom ratio from each group's population share and mean. */
async function runGrouped(file: string, json: boolean, io: CliIo): Promise<void> {
  const table = await readTable(file);
  const shares = numberColumn(table, 'share', '--groups', {
    min: 'positive',
    why: 'a population share is > 0',
  });
  const means = numberColumn(table, 'mean', '--groups', {
    min: 'positive',
    why: 'the Lorenz curve and the top/bottom ratio divide by group means',
  });
  const groups = { shares, means };
  const result = { gini: groupedGini(groups), topBottomRatio: topBottomRatio(groups) };
  io.stdout(
    json
      ? JSON.stringify(result, null, 2) + '\n'
      : `groups          ${shares.length}\ngini            ${fixed(result.gini, 6)} (from group data)\ntopBottomRatio  ${fixed(result.topBottomRatio, 4)}\n`,
  );
}

/** Runs `gapscope inequality`. */
export async function runInequality(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new GapscopeError('cli.option', `${(e as Error).message}\n\n${INEQUALITY_HELP}`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(INEQUALITY_HELP);
  if (v.groups) {
    if (v.data || v.value || v.weight || v.group)
      throw new GapscopeError(
        'cli.option',
        '--groups reads grouped data on its own; leave out --data, --value, --weight and --group',
      );
    return runGrouped(v.groups, !!v.json, io);
  }
  if (!v.data || !v.value)
    throw new GapscopeError(
      'cli.option',
      `inequality needs --data and --value (or --groups)\n\n${INEQUALITY_HELP}`,
    );
  const table = await readTable(v.data);
  const x = numberColumn(table, v.value, '--value', {
    min: 'positive',
    why: 'Theil L takes logarithms and the max/min ratio divides, so every value must be > 0',
  });
  const w = v.weight
    ? numberColumn(table, v.weight, '--weight', {
        min: 'positive',
        why: 'a weight is a population, so it must be > 0',
      })
    : null;
  const groups = v.group
    ? groupingFromLabels(
        labelColumn(table, v.group, '--group', 'a decomposition needs every record in a group'),
      )
    : null;
  if (!x.length)
    throw new GapscopeError('table.empty', 'the file has no records', { file: table.file });
  const profile = inequalityProfile(x, w, groups);
  const out = profileJson(profile, { lorenz: !!v.lorenz });
  const extra: string[] = [];
  if (v.middle) {
    const [lower, upper] = numberPair('middle', v.middle);
    const householdSize = v['household-size']
      ? numberOption('household-size', v['household-size'])
      : DEFAULT_INCOME_BOUNDS.householdSize;
    const shares = incomeGroupShares(x, w, { lower, upper, householdSize });
    out.incomeGroups = { ...shares, lower, upper, householdSize };
    extra.push(
      `income groups low ${fixed(shares.low, 4)}, middle ${fixed(shares.middle, 4)}, high ${fixed(shares.high, 4)} (household of ${householdSize}: [${lower}, ${upper}))`,
    );
  } else if (v['household-size']) {
    throw new GapscopeError('cli.option', '--household-size goes with --middle');
  }
  io.stdout(
    v.json
      ? JSON.stringify(out, null, 2) + '\n'
      : renderProfile(profile, extra, { lorenz: !!v.lorenz }),
  );
}
