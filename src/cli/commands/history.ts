// `gapscope history`: every revision of one figure, with the import it came from.

import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { history } from '../../store/observations.ts';
import { textTable } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const HISTORY_HELP = `gapscope history --unit U --indicator I --period P — all revisions of one figure

  --db URL    the store (default ./gapscope.db, or DATABASE_URL)
  --json      as JSON
`;

export async function runHistory(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      unit: { type: 'string' },
      indicator: { type: 'string' },
      period: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(HISTORY_HELP);
  if (!v.unit || !v.indicator || !v.period)
    throw new GapscopeError(
      'cli.option',
      `history needs --unit, --indicator and --period\n\n${HISTORY_HELP}`,
    );
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  await withStore(store, async (s) => {
    const revs = await history(s.db, {
      units: [v.unit!],
      series: [v.indicator!],
      periods: [v.period!],
    });
    if (v.json) return io.stdout(JSON.stringify(revs, null, 2) + '\n');
    if (!revs.length)
      return io.stdout(`no value stored for unit ${v.unit}, ${v.indicator}, ${v.period}\n`);
    const rows = revs.map((r) => [
      String(r.revision),
      String(r.value),
      r.status,
      r.recordedAt,
      r.fileName,
      r.user,
      r.source,
    ]);
    io.stdout(
      textTable(
        ['revision', 'value', 'status', 'recorded', 'file', 'by', 'source'],
        rows,
        new Set([0, 1]),
      ) + '\n',
    );
  });
}
