// `gapscope targets`: will the targets be met? Every unit × indicator of the province, the cities
// and the counties with its progress flag, r, forecast to the target year and the probability of
// meeting the target (METHODS.md § Progress towards targets and forecasts).

import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { assessTargets } from '../../core/targets/assess.ts';
import type { TargetRow, TargetsResult } from '../../core/targets/result.ts';
import { LEVELS, type Level } from '../../core/targets/series.ts';
import { THRESHOLD_NAMES, type ThresholdName } from '../../core/targets/thresholds.ts';
import { formatNumber, formatPercent, MISSING } from '../../core/text/format.ts';
import { loadGeography } from '../../ingest/geography.ts';
import { storedGeography } from '../../store/geography.ts';
import { fixed, textTable } from '../format.ts';
import { loadInputs } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';
import { DEMO_BANNER } from './uncertainty.ts';

export const TARGETS_HELP = `gapscope targets — will the targets be met? Progress flags and forecasts (进度预警)

  --period YEAR         the year assessed (default: the latest year of the data)
  --level L             province, city or county (default: all three)
  --thresholds NAME     the flags' threshold set: statcan (default, open-sdg) or eurostat
  --base YEAR           the base year progress is measured from (default: the data's first year)
  --target-year YEAR    assess against the targets of this year or the next later one
                        (default: each indicator's first target after the period)
  --json                as JSON: every unit × indicator with its flag, r, forecast and probability,
                        and each level's models with their backtest coverage
  --db URL              the store (default ./gapscope.db, or DATABASE_URL)
  --as-of TIME          the store's data as they stood then
  --framework FILE      another framework (with --data: default the bundled one)
  --data FILE           data from a file instead of the store: .csv or .xlsx, long or wide
  --geography DIR       with --data: units.csv, groups.csv, group-defs.csv (default: the bundled one)

Flags: achieved, on-track, needs-acceleration, limited, deterioration. r is the observed annual
growth since the base year over the growth the target needs, signed so that > 0 is progress;
without a target the signed growth itself is shown. The forecast is a damped trend to the target
year with its 80 % interval; P is the probability of meeting the target in its year.
`;

const OPTIONS = {
  period: { type: 'string' },
  level: { type: 'string' },
  thresholds: { type: 'string' },
  base: { type: 'string' },
  'target-year': { type: 'string' },
  json: { type: 'boolean' },
  db: { type: 'string' },
  'as-of': { type: 'string' },
  framework: { type: 'string' },
  data: { type: 'string' },
  geography: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A year option, checked. */
function yearOption(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v))
    throw new GapscopeError('cli.option', `--${name} takes a year; got "${v}"`);
  return Number(v);
}

/** One of a list of names, checked. */
function oneOf<T extends string>(
  name: string,
  v: string | undefined,
  names: readonly T[],
): T | undefined {
  if (v === undefined) return undefined;
  if (!(names as readonly string[]).includes(v))
    throw new GapscopeError('cli.option', `--${name} is one of ${names.join(', ')}; got "${v}"`);
  return v as T;
}

const value = (v: number | null | undefined): string =>
  formatNumber(v, 'en', { significant: 4, grouping: false });

/** One table row: the unit, the flag, r or the growth, now, the target, the forecast and P. */
function cells(r: TargetRow, names: Map<string, string>): string[] {
  const p = r.progress;
  const f = r.forecast;
  const last = f?.path.at(-1);
  const interval = last && last.lo80 !== null ? ` [${value(last.lo80)}, ${value(last.hi80)}]` : '';
  return [
    r.unit,
    names.get(r.unit) ?? '',
    r.indicator,
    p.flag ?? `– (${p.noFlag})`,
    p.ratio !== null
      ? fixed(p.ratio, 2)
      : r.target
        ? MISSING
        : formatPercent(p.signedGrowth, 'en', { digits: 1 }),
    p.currentYear === null
      ? MISSING
      : `${value(p.current)}${r.source === 'rollup' ? '*' : ''} (${p.currentYear})`,
    r.target ? `${value(r.target.value)} (${r.target.year})` : MISSING,
    f ? `${value(f.mean)}${interval}` : MISSING,
    formatPercent(f?.probability, 'en', { digits: 0 }),
  ];
}

/** A plain-text report of the assessment. */
export function renderTargets(
  t: TargetsResult,
  opts: { demo: boolean; names: Map<string, string> },
): string {
  const out: string[] = [];
  if (opts.demo) out.push(DEMO_BANNER, '');
  out.push(
    `Progress towards targets, ${t.period} (base year ${t.baseYear}, thresholds ${t.thresholds}); forecasts to the target year, else ${t.horizonYear}`,
  );
  for (const level of t.levels) {
    const [c80, c95] = t.coverage.filter((c) => c.level === level);
    const own = c80!.n > 0;
    out.push(
      own
        ? `  ${level}: backtest coverage of the 80 % and 95 % intervals ${formatPercent(c80!.share, 'en')} and ${formatPercent(c95!.share, 'en')} (${c80!.n} held-out forecasts)`
        : `  ${level}: models and intervals pooled from the county level`,
    );
  }
  for (const level of t.levels) {
    const rows = t.rows.filter((r) => r.level === level);
    out.push(
      '',
      textTable(
        ['unit', 'name', 'ind.', 'flag', 'r', 'now', 'target', 'forecast [80 %]', 'P'],
        rows.map((r) => cells(r, opts.names)),
        new Set([4, 8]),
      ),
    );
    if (rows.some((r) => r.source === 'rollup'))
      out.push('* rolled up from the county-level units in every year (too few own figures)');
  }
  return out.join('\n') + '\n';
}

/** Runs `gapscope targets`. */
export async function runTargets(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new GapscopeError('cli.option', `${(e as Error).message}\n\n${TARGETS_HELP}`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(TARGETS_HELP);
  const level = oneOf<Level>('level', v.level, LEVELS);
  const thresholds = oneOf<ThresholdName>('thresholds', v.thresholds, THRESHOLD_NAMES);
  const base = yearOption('base', v.base);
  const targetYear = yearOption('target-year', v['target-year']);
  const inputs = await loadInputs({ ...v, period: undefined }, io);
  const geography = v.data
    ? loadGeography(v.geography)
    : await withStore(await openCliStore(v.db, { init: false, stderr: io.stderr }), (s) =>
        storedGeography(s.db),
      );
  const result = assessTargets({
    framework: inputs.framework,
    data: inputs.data,
    geography,
    period: v.period,
    levels: level ? [level] : undefined,
    thresholds,
    base,
    targetYear,
  });
  if (v.json) return io.stdout(JSON.stringify({ ...result, demo: inputs.demo }, null, 2) + '\n');
  io.stdout(renderTargets(result, { demo: inputs.demo, names: inputs.names }));
}
