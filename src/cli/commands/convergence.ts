// `gapscope convergence`: σ- and β-convergence of a panel of units over periods, from a file.

import { parseArgs } from 'node:util';
import { comparePeriods, parsePeriod, periodKind, tryParsePeriod } from '../../core/data/period.ts';
import { GapscopeError } from '../../core/errors.ts';
import { betaConvergence, sigmaConvergence } from '../../core/inequality/convergence.ts';
import { columnIndex, labelColumn } from '../../ingest/columns.ts';
import { numberProblem, Problems } from '../../ingest/data.ts';
import { parseNumber } from '../../core/text/number.ts';
import { readTable, type Table } from '../../ingest/table.ts';
import { fixed } from '../format.ts';
import type { CliIo } from '../io.ts';

export const CONVERGENCE_HELP = `gapscope convergence — is the spread across units shrinking (σ), do laggards catch up (β)?

  --data FILE      a long table: .csv or .xlsx, one row per unit and period
  --unit COL       the column of unit codes or names (default: unit)
  --period COL     the column of periods: 2025, 2025Q3, 2025Q3-ytd, 2025-09 (default: period)
  --value COL      the column of values, each > 0; an empty cell is a missing value (default: value)
  --indicator ID   keep only the rows whose "indicator" column is ID (for the long data layout)
  --from P0        the first period (β: the starting level)
  --to P1          the last period, of the same kind; T = P1 − P0 in years
  --json           as JSON: sigma [{period, value}] and beta {b, se, t, r2, speed, halfLife, n}
`;

const OPTIONS = {
  data: { type: 'string' },
  unit: { type: 'string' },
  period: { type: 'string' },
  value: { type: 'string' },
  indicator: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A panel: values by period and unit, NaN where missing. */
interface Panel {
  units: string[];
  periods: string[];
  values: Map<string, Float64Array>;
}

/** Reads the panel, reporting every bad row (number, sign, period, duplicate) at once. */
function readPanel(
  table: Table,
  cols: { unit: string; period: string; value: string; indicator?: string },
): Panel {
  const uc = columnIndex(table, cols.unit, '--unit');
  const pc = columnIndex(table, cols.period, '--period');
  const vc = columnIndex(table, cols.value, '--value');
  const ic = cols.indicator ? columnIndex(table, 'indicator', '--indicator') : -1;
  labelColumn(table, cols.unit, '--unit', 'every row needs a unit');
  const problems = new Problems();
  const rows: { unit: string; period: string; value: number; row: number }[] = [];
  table.rows.forEach((cells, k) => {
    const row = k + 2;
    if (ic >= 0 && cells[ic] !== cols.indicator) return;
    const period = tryParsePeriod(cells[pc] ?? '');
    if (!period) {
      problems.add(
        row,
        cols.period,
        `"${cells[pc] ?? ''}" is not a period (2025, 2025Q3, 2025Q3-ytd or 2025-09)`,
      );
      return;
    }
    const text = cells[vc] ?? '';
    if (text === '') return;
    const value = parseNumber(text);
    if (value === null) return problems.add(row, cols.value, numberProblem(text));
    if (!(value > 0))
      return problems.add(row, cols.value, `${text} must be > 0 (convergence takes logarithms)`);
    rows.push({ unit: cells[uc]!, period: period.code, value, row });
  });
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.unit}\u0000${r.period}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.add(r.row, cols.unit, `unit ${r.unit}, period ${r.period} is also in row ${first}`);
    else seen.set(key, r.row);
  }
  problems.throwIfAny(table.file, 'nothing was computed');
  const units = [...new Set(rows.map((r) => r.unit))];
  const periods = [...new Set(rows.map((r) => r.period))]
    .map(parsePeriod)
    .sort(comparePeriods)
    .map((p) => p.code);
  const ui = new Map(units.map((u, k) => [u, k]));
  const values = new Map(periods.map((p) => [p, new Float64Array(units.length).fill(NaN)]));
  for (const r of rows) values.get(r.period)![ui.get(r.unit)!] = r.value;
  return { units, periods, values };
}

/** Runs `gapscope convergence`. */
export async function runConvergence(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new GapscopeError('cli.option', `${(e as Error).message}\n\n${CONVERGENCE_HELP}`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(CONVERGENCE_HELP);
  if (!v.data || !v.from || !v.to)
    throw new GapscopeError(
      'cli.option',
      `convergence needs --data, --from and --to\n\n${CONVERGENCE_HELP}`,
    );
  const p0 = parsePeriod(v.from);
  const p1 = parsePeriod(v.to);
  if (periodKind(p0) !== periodKind(p1) || !(p1.time > p0.time)) {
    throw new GapscopeError(
      'cli.option',
      `--from ${p0.code} and --to ${p1.code} must be periods of the same kind, the second later`,
    );
  }
  const table = await readTable(v.data);
  const panel = readPanel(table, {
    unit: v.unit ?? 'unit',
    period: v.period ?? 'period',
    value: v.value ?? 'value',
    indicator: v.indicator,
  });
  for (const p of [p0.code, p1.code]) {
    if (!panel.values.has(p))
      throw new GapscopeError(
        'convergence.period',
        `the file has no values for ${p}; it has ${panel.periods.join(', ') || 'none'}`,
        { file: table.file },
      );
  }
  const sigma = panel.periods
    .map(parsePeriod)
    .filter((p) => periodKind(p) === periodKind(p0) && p.time >= p0.time && p.time <= p1.time)
    .map((p) => ({
      period: p.code,
      value: sigmaConvergence(panel.values.get(p.code)!, panel.units),
    }));
  const b = betaConvergence(
    panel.values.get(p0.code)!,
    panel.values.get(p1.code)!,
    p1.time - p0.time,
    panel.units,
  );
  const nullable = (x: number | null): number | null =>
    x !== null && Number.isFinite(x) ? x : null;
  const beta = {
    b: b.b,
    se: b.se,
    t: nullable(b.t),
    r2: nullable(b.r2),
    speed: nullable(b.speed),
    halfLife: nullable(b.halfLife),
    n: b.n,
  };
  if (v.json) return io.stdout(JSON.stringify({ sigma, beta }, null, 2) + '\n');
  const years = p1.time - p0.time;
  io.stdout(
    [
      `σ-convergence (standard deviation of ln value across units):`,
      ...sigma.map((s) => `  ${s.period.padEnd(10)} ${fixed(s.value, 6)}`),
      '',
      `β-convergence, ${p0.code} → ${p1.code} (T = ${fixed(years, 2)} years, ${b.n} units):`,
      `  g = a + b ln x₀:  b ${fixed(b.b, 6)}  se ${fixed(b.se, 6)}  t ${fixed(b.t, 2)}  R² ${fixed(b.r2, 4)}`,
      `  speed λ ${b.speed === null ? '– (1 + bT ≤ 0)' : `${fixed(b.speed * 100, 2)} % a year`}; half-life ${b.halfLife === null ? '– (no convergence)' : `${fixed(b.halfLife, 1)} years`}`,
    ].join('\n') + '\n',
  );
}
