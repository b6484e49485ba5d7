// `gapscope export`: observations (now or as of a moment), revision history or a published
// evaluation's results, as CSV or XLSX.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { historyTable, observationsTable, resultsTable } from '../../export/exports.ts';
import { writeTable, type TableFormat } from '../../export/table.ts';
import { parseMoment } from '../../store/clock.ts';
import { getEvaluation, listEvaluations } from '../../store/evaluations.ts';
import { history, readObservations } from '../../store/observations.ts';
import { choice, numberOption } from '../args.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const EXPORT_HELP = `gapscope export observations|history|results — tables out of the store

  --db URL            the store (default ./gapscope.db, or DATABASE_URL)
  --format csv|xlsx   (default: from --output's extension, else csv)
  --output FILE       (default: standard output, CSV only)
  --as-of TIME        observations: as they stood then (2025-10-31 or an ISO time)
  --indicator ID …    observations/history: only these series (repeatable)
  --unit CODE …       observations/history: only these units (repeatable)
  --evaluation ID     results: a published evaluation (default the newest)
`;

export async function runExport(argv: string[], io: CliIo): Promise<void> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      format: { type: 'string' },
      output: { type: 'string' },
      'as-of': { type: 'string' },
      indicator: { type: 'string', multiple: true },
      unit: { type: 'string', multiple: true },
      evaluation: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (v.help) return io.stdout(EXPORT_HELP);
  const what = choice('export', positionals[0] ?? '', [
    'observations',
    'history',
    'results',
  ] as const);
  const format: TableFormat = v.format
    ? choice('format', v.format, ['csv', 'xlsx'] as const)
    : v.output?.toLowerCase().endsWith('.xlsx')
      ? 'xlsx'
      : 'csv';
  if (format === 'xlsx' && !v.output)
    throw new GapscopeError('cli.option', 'XLSX needs --output FILE');
  let asOf: string | null = null;
  if (v['as-of']) {
    asOf = parseMoment(v['as-of']);
    if (!asOf)
      throw new GapscopeError(
        'cli.option',
        `--as-of takes a date (2025-10-31) or an ISO time; got "${v['as-of']}"`,
      );
  }
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  const table = await withStore(store, async (s) => {
    if (what === 'results') {
      const id = v.evaluation
        ? numberOption('evaluation', v.evaluation)
        : (await listEvaluations(s.db))[0]?.id;
      if (id === undefined)
        throw new GapscopeError('evaluation.none', 'no evaluation has been published yet');
      return resultsTable((await getEvaluation(s.db, id)).result);
    }
    const obs = await readObservations(s.db, {
      series: v.indicator,
      units: v.unit,
      asOf: what === 'history' ? null : asOf,
    });
    if (what === 'observations') return observationsTable(obs);
    return historyTable(await history(s.db, { series: v.indicator, units: v.unit }));
  });
  const bytes = await writeTable(format, table.header, table.rows, what);
  if (v.output) {
    await writeFile(v.output, bytes);
    io.stderr(`wrote ${table.rows.length} rows to ${v.output}\n`);
  } else io.stdout(new TextDecoder().decode(bytes));
}
