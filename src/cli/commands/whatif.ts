// `gapscope whatif`: change raw values and see the new score, rank and tier at once; and for each
// indicator, the smallest improvement that lifts the unit one rank or one tier.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  lifts,
  whatIf,
  withValues,
  type LiftTarget,
  type ValueChange,
} from '../../core/diagnostics/whatif.ts';
import { GapscopeError } from '../../core/errors.ts';
import { evaluate } from '../../core/pipeline/evaluate.ts';
import { fixed, signed, textTable } from '../format.ts';
import { loadInputs } from '../inputs.ts';
import type { CliIo } from '../io.ts';
import { DEMO_BANNER, evaluationInput, INPUT_HELP, INPUT_OPTIONS } from './uncertainty.ts';

export const WHATIF_HELP = `gapscope whatif — change raw values and see the new score, rank and tier; and what lifts a unit

  --unit U                 the unit (code)
  --set SERIES=VALUE       a new raw value of the unit (the value as stored: for a denominated
                           indicator its numerator); repeat for more; UNIT:SERIES=VALUE for another unit
  --no-lifts               skip the search for the smallest improvement of each indicator that
                           lifts the unit one rank / one tier (searched after the --set changes)
  --indicators I1,I2       search only these indicators (default: all)
${INPUT_HELP}
  --json                   print the result as JSON
  --output FILE            where the output goes (default: standard output)
`;

/** Parses `SERIES=VALUE` or `UNIT:SERIES=VALUE`. */
export function parseSet(text: string, unit: string | undefined): ValueChange {
  const m = /^(?:([^:=]+):)?([^:=]+)=(.+)$/.exec(text.trim());
  const value = m ? Number(m[3]) : NaN;
  if (!m || m[3]!.trim() === '' || !Number.isFinite(value)) {
    throw new GapscopeError(
      'cli.option',
      `--set takes SERIES=VALUE or UNIT:SERIES=VALUE with a number; got "${text}"`,
    );
  }
  const u = m[1] ?? unit;
  if (!u)
    throw new GapscopeError('cli.option', `--set ${text}: name the unit with --unit or UNIT:`);
  return { unit: u.trim(), series: m[2]!.trim(), value };
}

function target(t: LiftTarget): Record<string, unknown> {
  return t.reachable
    ? {
        reachable: true,
        value: t.value,
        change: t.change,
        indicatorValue: t.indicatorValue,
        score: t.after.score,
        rank: t.after.rank,
        tier: t.after.tier,
      }
    : { reachable: false, reason: t.reason };
}

const diff = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/** Runs `gapscope whatif`. */
export async function runWhatIf(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      ...INPUT_OPTIONS,
      unit: { type: 'string' },
      set: { type: 'string', multiple: true },
      'no-lifts': { type: 'boolean' },
      indicators: { type: 'string' },
      json: { type: 'boolean' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(WHATIF_HELP);
  if (!v.unit) throw new GapscopeError('cli.option', `whatif needs --unit\n\n${WHATIF_HELP}`);
  const changes = (v.set ?? []).map((s) => parseSet(s, v.unit));
  const inputs = await loadInputs(v, io);
  const input = evaluationInput(inputs, v.period);
  const before = evaluate({ ...input, provenance: false });
  const w = whatIf(input, changes, { period: v.period, before });
  const self = w.units.find((x) => x.unit === v.unit);
  if (!self) {
    throw new GapscopeError(
      'cli.option',
      `unit ${v.unit} is not among the ${w.units.length} evaluated units`,
    );
  }
  // Lifts are searched from the unit as it stands after the changes.
  const l = v['no-lifts']
    ? null
    : lifts(
        changes.length ? { ...input, data: withValues(input.data, w.period, changes) } : input,
        v.unit,
        {
          period: w.period,
          indicators: v.indicators?.split(',').map((s) => s.trim()),
          before: changes.length ? w.after : before,
        },
      );
  const moved = w.units.filter((x) => x.unit !== v.unit && x.before.rank !== x.after.rank);
  let text: string;
  if (v.json) {
    const out = {
      period: w.period,
      unit: v.unit,
      changes: w.changes.map((c) => ({
        unit: c.unit,
        series: c.series,
        from: c.from,
        to: c.value,
      })),
      before: self.before,
      after: self.after,
      // Positive = better: a higher score, a smaller rank or tier number.
      change: {
        score: diff(self.after.score, self.before.score),
        rank: diff(self.before.rank, self.after.rank),
        tier: diff(self.before.tier, self.after.tier),
      },
      moved,
      lifts: l
        ? l.lifts.map((x) => ({
            indicator: x.indicator,
            direction: x.direction,
            from: x.from,
            bound: x.bound,
            boundFrom: x.boundFrom,
            rank: target(x.rank),
            tier: target(x.tier),
          }))
        : null,
      demo: inputs.demo,
    };
    text = JSON.stringify(out, null, 2) + '\n';
  } else {
    const lines: string[] = [];
    if (inputs.demo) lines.push(DEMO_BANNER, '');
    const name = inputs.names.get(v.unit);
    lines.push(`${v.unit}${name ? ` ${name}` : ''}, period ${w.period}`);
    for (const c of w.changes) lines.push(`  ${c.unit} ${c.series}: ${c.from ?? '–'} → ${c.value}`);
    const b = self.before;
    const a = self.after;
    lines.push(
      `score ${fixed(b.score)} → ${fixed(a.score)}; rank ${b.rank ?? '–'} → ${a.rank ?? '–'} (${signed(diff(b.rank, a.rank))}); tier ${b.tier ?? '–'} → ${a.tier ?? '–'}`,
    );
    if (moved.length) lines.push(`${moved.length} other unit(s) changed rank`);
    if (l) {
      const cell = (t: LiftTarget): string =>
        t.reachable
          ? `${fixed(t.value, 4)} (${t.change > 0 ? '+' : ''}${fixed(t.change, 4)})`
          : t.reason;
      lines.push(
        '',
        'smallest change of one raw value that lifts the unit (all else held):',
        textTable(
          ['indicator', 'now', 'one rank up', 'one tier up'],
          l.lifts.map((x) => [x.indicator, fixed(x.from, 4), cell(x.rank), cell(x.tier)]),
        ),
      );
    }
    text = lines.join('\n') + '\n';
  }
  if (v.output) await writeFile(v.output, text);
  else io.stdout(text);
}
