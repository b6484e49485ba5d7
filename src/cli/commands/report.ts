// `gapscope report`: the county report (一县一报告) of one unit as PDF.

import { writeFile } from 'node:fs/promises';
import { storeForecasts } from '../work-forecasts.ts';
import { parseArgs } from 'node:util';
import { MISSING } from '../../core/text/format.ts';
import { GapscopeError } from '../../core/errors.ts';
import { REPORT_LANGS } from '../../reports/i18n/index.ts';
import { loadLiveInputs } from '../../store/live-inputs.ts';
import { unitWork } from '../../store/work-items.ts';
import { unitReportData } from '../../reports/unit/build.ts';
import { unitPdf } from '../../reports/unit/pdf.ts';
import { choice } from '../args.ts';
import { fixed } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';
import { sizeLabel } from './brief.ts';

export const REPORT_HELP = `gapscope report — the county report of one unit (PDF)

  --unit CODE          the unit (e.g. 330122)
  --out FILE           where the PDF goes
  --period P           the period (default: the newest year of the data)
  --lang LANG          zh-CN (default) or en
  --db URL             the store to read (default ./gapscope.db, or DATABASE_URL)

The report holds the unit's score, rank and tier, its domains against the province and its city,
its trend, weak points, every indicator against its target, its peers and (when the store has
work items) the items that concern it. The PDF embeds its Chinese font.
`;

/** Runs `gapscope report`. */
export async function runReport(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      unit: { type: 'string' },
      out: { type: 'string' },
      period: { type: 'string' },
      lang: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(REPORT_HELP);
  if (!v.unit || !v.out)
    throw new GapscopeError('cli.option', `report needs --unit and --out\n\n${REPORT_HELP}`);
  const lang = choice('lang', v.lang ?? 'zh-CN', REPORT_LANGS);
  const started = performance.now();
  const store = await openCliStore(v.db, { init: true, stderr: io.stderr });
  const data = await withStore(store, async (s) =>
    unitReportData(await loadLiveInputs(s.db), {
      unit: v.unit!,
      lang,
      period: v.period,
      work: (unit) => unitWork(s.db, unit, { forecasts: storeForecasts(s) }),
    }),
  );
  const pdf = await unitPdf(data);
  await writeFile(v.out, pdf);
  const seconds = fixed((performance.now() - started) / 1000, 1);
  io.stdout(
    `${data.demo ? 'DEMO DATA — ' : ''}report for ${data.unit} ${data.name}, ${data.period} (${lang}; rank ${data.rank ?? MISSING} of ${data.n}): wrote ${v.out} (${sizeLabel(pdf.byteLength)}) in ${seconds} s\n`,
  );
}
