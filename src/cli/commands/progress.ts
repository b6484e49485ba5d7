// `gapscope progress --item ID --month YYYY-MM …`: a month's progress report on a work item,
// recorded on behalf of its lead department; prints the item's status afterwards.

import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { getWorkItem, reportProgress } from '../../store/work-items.ts';
import { fixed } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const PROGRESS_HELP = `gapscope progress — report a month's progress on a work item

  --item ID          the item (gapscope items list)
  --month YYYY-MM    the month reported on (from the item's start month to the current month)
  --value N          the target's quantity reached so far (cumulative, in the target's unit)
  --share P          or the share of the work done so far, 0–100 %
  --investment N     completed investment so far, 10,000 CNY (projects)
  --narrative TEXT   what was done      --problems TEXT   --help-needed TEXT
  --db URL           the store (default ./gapscope.db, or DATABASE_URL)

A second report on the same month is a new revision; nothing is overwritten. The report for a
month is due by the 10th of the month after.
`;

function number(text: string | undefined, option: string): number | null {
  if (text === undefined) return null;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n))
    throw new GapscopeError('cli.option', `${option} must be a number, not "${text}"`);
  return n;
}

export async function runProgress(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      item: { type: 'string' },
      month: { type: 'string' },
      value: { type: 'string' },
      share: { type: 'string' },
      investment: { type: 'string' },
      narrative: { type: 'string' },
      problems: { type: 'string' },
      'help-needed': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(PROGRESS_HELP);
  if (!v.item || !v.month)
    throw new GapscopeError('cli.option', `progress needs --item and --month\n\n${PROGRESS_HELP}`);
  const input = {
    month: v.month,
    value: number(v.value, '--value'),
    share: number(v.share, '--share'),
    investment: number(v.investment, '--investment'),
    narrative: v.narrative ?? '',
    problems: v.problems ?? '',
    helpNeeded: v['help-needed'] ?? '',
  };
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  await withStore(store, async (s) => {
    const r = await reportProgress(s.db, v.item!, input, io.user);
    const it = await getWorkItem(s.db, v.item!);
    io.stdout(
      `recorded the ${r.month} report on ${r.item} (revision ${r.revision}, for ${r.department})\n  status ${it.status.status}: expected ${fixed(it.status.expectedShare, 1)} %, reported ${fixed(it.status.reportedShare, 1)} %\n${it.status.reasons.map((x) => `    · ${x}`).join('\n')}\n`,
    );
  });
}
