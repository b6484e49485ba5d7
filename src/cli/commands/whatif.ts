// `gapscope whatif`: change raw values and see the new score, rank and tier at once; and for each
// indicator, the smallest improvement that lifts the unit one rank or one tier.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { MISSING } from '../../core/text/format.ts';
import type { ValueChange } from '../../core/diagnostics/whatif.ts';
import { whatIfReport } from '../../core/diagnostics/whatif-report.ts';
import { GapscopeError } from '../../core/errors.ts';
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
  const report = whatIfReport(evaluationInput(inputs, v.period), v.unit, changes, {
    period: v.period,
    lifts: !v['no-lifts'],
    indicators: v.indicators?.split(',').map((t) => t.trim()),
  });
  let text: string;
  if (v.json) {
    text = JSON.stringify({ ...report, demo: inputs.demo }, null, 2) + '\n';
  } else {
    const lines: string[] = [];
    if (inputs.demo) lines.push(DEMO_BANNER, '');
    const name = inputs.names.get(v.unit);
    lines.push(`${v.unit}${name ? ` ${name}` : ''}, period ${report.period}`);
    for (const c of report.changes)
      lines.push(`  ${c.unit} ${c.series}: ${c.from ?? MISSING} → ${c.to}`);
    const b = report.before;
    const a = report.after;
    lines.push(
      `score ${fixed(b.score)} → ${fixed(a.score)}; rank ${b.rank ?? MISSING} → ${a.rank ?? MISSING} (${signed(report.change.rank)}); tier ${b.tier ?? MISSING} → ${a.tier ?? MISSING}`,
    );
    if (report.moved.length) lines.push(`${report.moved.length} other unit(s) changed rank`);
    if (report.lifts) {
      const cell = (t: Record<string, unknown>): string =>
        t.reachable
          ? `${fixed(t.value as number, 4)} (${signed(t.change as number, 4)})`
          : String(t.reason);
      lines.push(
        '',
        'smallest change of one raw value that lifts the unit (all else held):',
        textTable(
          ['indicator', 'now', 'one rank up', 'one tier up'],
          report.lifts.map((x) => [
            String(x.indicator),
            fixed(x.from as number | null, 4),
            cell(x.rank as Record<string, unknown>),
            cell(x.tier as Record<string, unknown>),
          ]),
        ),
      );
    }
    text = lines.join('\n') + '\n';
  }
  if (v.output) await writeFile(v.output, text);
  else io.stdout(text);
}
