// `gapscope brief`: the monthly brief for the task force's meeting as PDF, and its XLSX annex.

import { writeFile } from 'node:fs/promises';
import { storeForecasts } from '../work-forecasts.ts';
import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { briefAnnex } from '../../reports/brief/annex.ts';
import { briefData } from '../../reports/brief/build.ts';
import { briefPdf } from '../../reports/brief/pdf.ts';
import { REPORT_LANGS } from '../../reports/i18n/index.ts';
import { loadLiveInputs } from '../../store/live-inputs.ts';
import { briefWork } from '../../store/work-items.ts';
import { choice } from '../args.ts';
import { fixed } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const BRIEF_HELP = `gapscope brief — the monthly brief for the task force's meeting (PDF), and its XLSX annex

  --month YYYY-MM      the month (e.g. 2025-11)
  --out FILE           where the PDF goes
  --annex FILE         also write the annex (XLSX: a sheet per section with the figures)
  --lang LANG          zh-CN (default) or en
  --period P           the index and gap period (default: the newest year that had ended by the
                       month's end: 2024 for 2025-11, 2025 from 2025-12)
  --db URL             the store to read (default ./gapscope.db, or DATABASE_URL)

The brief holds the index and its biggest movers, the three gaps and their change, (when the
store has work items) the items overdue or at risk by department, investment against plan by list
and by city, and the supervised items escalated for a decision, and the targets at risk: the
province's and each county's indicators whose forecast gives less than a 50 % chance of meeting
the target (assessed on the period's year, else the newest year ended by the month's end; the annex lists
them all). The PDF embeds its Chinese font.
`;

/** "119 kB". */
export function sizeLabel(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** Runs `gapscope brief`. */
export async function runBrief(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      month: { type: 'string' },
      out: { type: 'string' },
      annex: { type: 'string' },
      lang: { type: 'string' },
      period: { type: 'string' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(BRIEF_HELP);
  if (!v.month || !v.out)
    throw new GapscopeError('cli.option', `brief needs --month and --out\n\n${BRIEF_HELP}`);
  const lang = choice('lang', v.lang ?? 'zh-CN', REPORT_LANGS);
  const started = performance.now();
  const store = await openCliStore(v.db, { init: true, stderr: io.stderr });
  const data = await withStore(store, async (s) =>
    briefData(await loadLiveInputs(s.db), {
      month: v.month!,
      lang,
      period: v.period,
      work: (month) => briefWork(s.db, month, { forecasts: storeForecasts(s) }),
    }),
  );
  const pdf = await briefPdf(data);
  await writeFile(v.out, pdf);
  const wrote = [`${v.out} (${sizeLabel(pdf.byteLength)})`];
  if (v.annex) {
    const xlsx = await briefAnnex(data);
    await writeFile(v.annex, xlsx);
    wrote.push(`${v.annex} (${sizeLabel(xlsx.byteLength)})`);
  }
  const seconds = fixed((performance.now() - started) / 1000, 1);
  io.stdout(
    `${data.demo ? 'DEMO DATA — ' : ''}brief for ${data.month} (${lang}; index ${data.index.period}${data.work ? `; ${data.work.total} work items` : ''}): wrote ${wrote.join(', ')} in ${seconds} s\n`,
  );
}
