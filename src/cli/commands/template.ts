// `gapscope template`: the data-import template (XLSX) for the store's framework and units.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { importTemplate } from '../../export/template.ts';
import { getFramework } from '../../store/frameworks.ts';
import { storedUnits } from '../../store/geography.ts';
import { choice } from '../args.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const TEMPLATE_HELP = `gapscope template — the data-import template (XLSX) to fill in

  --layout long|wide  long: one observation a row (unit, indicator, period, value, status,
                      source, note); wide: one row per unit, one column per indicator and series
                      (default long)
  --period P          pre-fill one row per unit (and series, long) for this period
                      (2025, 2025Q3, 2025Q3-ytd, 2025-09)
  --output FILE       where to write it (default gapscope-template-LAYOUT.xlsx)
  --db URL            the store whose framework and units it lists (default ./gapscope.db, or
                      DATABASE_URL)

The sheet "data" has drop-down lists of unit codes, indicator ids and statuses; "readme" explains
the columns, period forms, units of measure and plausible ranges in Chinese and English. Import
the filled-in file with gapscope import FILE.
`;

export async function runTemplate(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      layout: { type: 'string' },
      period: { type: 'string' },
      output: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(TEMPLATE_HELP);
  const layout = choice('layout', v.layout ?? 'long', ['long', 'wide'] as const);
  const output = v.output ?? `gapscope-template-${layout}${v.period ? `-${v.period}` : ''}.xlsx`;
  if (!/\.xlsx$/i.test(output))
    throw new GapscopeError(
      'cli.option',
      `the template is an XLSX file: --output must end in .xlsx; got "${output}"`,
    );
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  const bytes = await withStore(store, async (s) => {
    const [{ framework }, units] = await Promise.all([getFramework(s.db), storedUnits(s.db)]);
    return importTemplate(framework, units, { layout, period: v.period });
  });
  await writeFile(output, bytes);
  io.stderr(`wrote the ${layout} import template to ${output}\n`);
}
