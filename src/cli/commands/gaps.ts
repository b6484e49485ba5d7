// `gapscope gaps`: the three-gap summary of one period, from the bundled or given files.

import { parseArgs } from 'node:util';
import { parsePeriod } from '../../core/data/period.ts';
import { GapscopeError } from '../../core/errors.ts';
import type { Figure } from '../../core/gaps/figure.ts';
import type { RegionalSpread } from '../../core/gaps/regional.ts';
import { MEMBERSHIPS, type Membership } from '../../core/gaps/regional.ts';
import { gapSummary, type GapSummary } from '../../core/gaps/summary.ts';
import type { UrbanRuralSummary } from '../../core/gaps/urban-rural.ts';
import { MISSING } from '../../core/text/format.ts';
import { loadGeography } from '../../ingest/geography.ts';
import { storedGeography } from '../../store/geography.ts';
import { openCliStore, withStore } from '../store.ts';
import { fixed, signed, textTable } from '../format.ts';
import { loadInputs } from '../inputs.ts';
import type { CliIo } from '../io.ts';

export const GAPS_HELP = `gapscope gaps — the three gaps: town vs country, region vs region, income vs income

  --db URL           the store (default ./gapscope.db, or DATABASE_URL); its framework, data and
                     geography
  --as-of TIME       the store's data as they stood then
  --framework FILE   a framework with a "gaps" section (with --data: default the bundled one)
  --data FILE        data from a file instead of the store: .csv or .xlsx, long or wide
  --geography DIR    with --data: units.csv, groups.csv, group-defs.csv (default: the bundled one)
  --period P         the period (default: the latest year of the data); change is against the same
                     period a year earlier (2025Q3-ytd against 2024Q3-ytd)
  --membership M     whose members a group's change compares: fixed (default: the period's
                     members in both periods, so that a change is not a change of who is counted)
                     or own (each period's own members)
  --json             as JSON
`;

const OPTIONS = {
  db: { type: 'string' },
  'as-of': { type: 'string' },
  framework: { type: 'string' },
  data: { type: 'string' },
  geography: { type: 'string' },
  period: { type: 'string' },
  membership: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** "1.81 (−0.02)": a value with its change, or "–". */
function withChange(f: Figure, digits: number, unit = ''): string {
  if (f.value === null) return MISSING;
  const c = f.change === null ? '' : ` (${signed(f.change, digits)})`;
  return `${fixed(f.value, digits)}${unit}${c}`;
}

const name = (n: { zh: string; en?: string }): string =>
  n.en && n.en !== n.zh ? `${n.zh} (${n.en})` : n.zh;

function renderUrbanRural(u: UrbanRuralSummary, names: Map<string, string>): string[] {
  const p = u.province;
  const from =
    p.source === 'data' ? 'the province’s own figures' : `pooled from ${p.n} units by population`;
  const rows = [...u.units]
    .sort((a, b) => (b.ratio.value ?? -Infinity) - (a.ratio.value ?? -Infinity))
    .map((x) => [
      x.unit,
      names.get(x.unit) ?? '',
      fixed(x.ratio.value, 3),
      signed(x.ratio.change, 3),
      fixed(x.difference.value, 0),
      signed(x.difference.change, 0),
      fixed(x.urban.value, 0),
      fixed(x.rural.value, 0),
    ]);
  return [
    `Town vs country — ${name(u.name)}`,
    `  ${p.unit ?? 'province'} ${names.get(p.unit ?? '') ?? ''}: ratio ${withChange(p.ratio, 3)}, difference ${withChange(p.difference, 0)}; urban ${withChange(p.urban, 0)}, rural ${withChange(p.rural, 0)} (${p.source ? from : 'no data'})`,
    '',
    textTable(
      ['unit', 'name', 'ratio', 'Δ', 'difference', 'Δ', 'urban', 'rural'],
      rows,
      new Set([2, 3, 4, 5, 6, 7]),
    )
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
    '',
  ];
}

function renderRegional(r: RegionalSpread, groups: Map<string, string>): string[] {
  const row = (label: string, f: Figure, digits: number): string[] => [
    label,
    fixed(f.value, digits),
    fixed(f.yearEarlier, digits),
    signed(f.change, digits),
  ];
  const rows = [
    row('mean', r.mean, 0),
    row('cv', r.cv, 4),
    row(`cv weighted${r.weighted ? '' : ' (unweighted)'}`, r.cvWeighted, 4),
    row('gini', r.gini, 4),
    row('max/min', r.maxMin, 3),
    row('theil T', r.theilT.total, 5),
    row('  between cities', r.theilT.between, 5),
    row('  within cities', r.theilT.within, 5),
  ];
  for (const g of r.groups) {
    const label = groups.get(g.group) ?? g.group;
    rows.push(
      row(`${label}: mean (${g.n} units)`, g.mean, 0),
      row(`  level, all units = 100`, g.relativeLevel, 1),
      row(`  theil T between it and the rest`, g.theilT.between, 5),
      row(`  theil T within`, g.theilT.within, 5),
    );
  }
  return [
    `  ${r.id} ${name(r.name)}: ${r.n} units${r.weighted ? ', population-weighted' : ''}`,
    textTable(['measure', 'value', 'year earlier', 'change'], rows, new Set([1, 2, 3]))
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n'),
    '',
  ];
}

/** A plain-text report of the summary. */
export function renderGaps(
  s: GapSummary,
  opts: { demo: boolean; names: Map<string, string> },
): string {
  const out: string[] = [];
  if (opts.demo)
    out.push(
      'DEMO DATA — synthetic except where a row names its source. Not official figures.',
      '',
    );
  out.push(
    `The three gaps, ${s.period} (change against ${s.compare}); ${s.units} ${s.level}-level units`,
    '',
  );
  for (const u of s.urbanRural) out.push(...renderUrbanRural(u, opts.names));
  if (s.regional.length) {
    out.push('Region vs region');
    const groups = new Map(s.groups.map((g) => [g.id, g.name.zh]));
    out.push(
      s.membership === 'fixed'
        ? `  groups: ${s.period}'s members in both periods`
        : `  groups: each period's own members`,
      '',
    );
    for (const r of s.regional) out.push(...renderRegional(r, groups));
  }
  if (s.income) {
    const i = s.income;
    out.push('Income vs income');
    if (i.middleShare)
      out.push(
        `  middle-income households ${withChange(i.middleShare, 1, ' %')}${i.middleShare.source === 'units' ? ' (pooled from the units)' : ''}`,
      );
    if (i.lowShare)
      out.push(
        `  low-income households ${withChange(i.lowShare, 1, ' %')}${i.lowShare.source === 'units' ? ' (pooled from the units)' : ''}`,
      );
    if (i.quantiles)
      out.push(
        `  Gini from quantile groups ${withChange(i.quantiles.gini, 4)}; top/bottom ratio ${withChange(i.quantiles.topBottomRatio, 2)}`,
      );
    out.push('');
  }
  return out.join('\n');
}

/** The latest year of the data, else its latest period. */
function defaultPeriod(periods: string[]): string {
  const years = periods.filter((p) => parsePeriod(p).frequency === 'year');
  const pick = (years.length ? years : periods).at(-1);
  if (!pick) throw new GapscopeError('gaps.period', 'the data have no periods');
  return pick;
}

/** Runs `gapscope gaps`. */
export async function runGaps(argv: string[], io: CliIo): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (e) {
    throw new GapscopeError('cli.option', `${(e as Error).message}\n\n${GAPS_HELP}`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(GAPS_HELP);
  const inputs = await loadInputs(v, io);
  const geography = v.data
    ? v.geography
      ? loadGeography(v.geography)
      : loadGeography()
    : await withStore(await openCliStore(v.db, { init: false, stderr: io.stderr }), (s) =>
        storedGeography(s.db),
      );
  const period = v.period ? parsePeriod(v.period).code : defaultPeriod(inputs.data.periods);
  const membership = v.membership ?? 'fixed';
  if (!(MEMBERSHIPS as readonly string[]).includes(membership))
    throw new GapscopeError(
      'cli.option',
      `--membership takes ${MEMBERSHIPS.join(' or ')}; got "${membership}"`,
    );
  const summary = gapSummary({
    framework: inputs.framework,
    data: inputs.data,
    geography,
    period,
    membership: membership as Membership,
  });
  if (v.json) return io.stdout(JSON.stringify({ ...summary, demo: inputs.demo }, null, 2) + '\n');
  const names = new Map(geography.units.map((u) => [u.code, u.name.zh]));
  io.stdout(renderGaps(summary, { demo: inputs.demo, names }));
}
