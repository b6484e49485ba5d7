// `gapscope items list|show|import|export|departments`: the task force's work items from the
// command line, with their status derived as of a date.

import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { isDate, isMonth } from '../../core/tasks/dates.ts';
import { parseListFile } from '../../ingest/work-list.ts';
import {
  WORK_LISTS,
  WORK_STATUSES,
  type WorkList,
  type WorkStatus,
} from '../../core/tasks/types.ts';
import {
  exportWorkItems,
  getWorkItem,
  importWorkItems,
  listDepartments,
  listWorkItems,
  type WorkItemFilter,
} from '../../store/work-items.ts';
import { fixed, textTable } from '../format.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';
import { storeForecasts } from '../work-forecasts.ts';

export const ITEMS_HELP = `gapscope items — the task force's work items (four lists), status derived as of a date

  gapscope items list [filters] [--json]     one line per item: status, progress against the path
  gapscope items show ID [--as-of DATE] [--json]   milestones, reports and why the status is what it is
  gapscope items import FILE [--dry-run]     a list file (XLSX or CSV, one row per item): checked row by
                                             row, written whole or not at all; a stored id is changed
                                             (its old version kept), other rows are new items
  gapscope items export --output FILE [filters]   the list as XLSX (or .csv), Chinese headers
  gapscope items departments                 the member departments and their ids

  filters: --list ${WORK_LISTS.join('|')}
           --status ${WORK_STATUSES.join('|')}
           --department ID (lead or co-department)   --lead ID   --unit CODE
           --due-month YYYY-MM   --supervised   --escalated   --as-of YYYY-MM-DD (default today)
  --db URL     the store (default ./gapscope.db, or DATABASE_URL)
`;

/** The store filter from the options, each checked. */
function filterOf(v: Record<string, string | boolean | undefined>): WorkItemFilter {
  const text = (k: string): string | undefined =>
    typeof v[k] === 'string' ? (v[k] as string) : undefined;
  const f: WorkItemFilter = {};
  const list = text('list');
  if (list !== undefined) {
    if (!(WORK_LISTS as readonly string[]).includes(list))
      throw new GapscopeError('cli.option', `--list must be one of ${WORK_LISTS.join(', ')}`);
    f.list = list as WorkList;
  }
  const status = text('status');
  if (status !== undefined) {
    if (!(WORK_STATUSES as readonly string[]).includes(status))
      throw new GapscopeError('cli.option', `--status must be one of ${WORK_STATUSES.join(', ')}`);
    f.status = status as WorkStatus;
  }
  const due = text('due-month');
  if (due !== undefined && !isMonth(due))
    throw new GapscopeError('cli.option', `--due-month must be a month YYYY-MM, not "${due}"`);
  const asOf = text('as-of');
  if (asOf !== undefined && !isDate(asOf))
    throw new GapscopeError('cli.option', `--as-of must be a date YYYY-MM-DD, not "${asOf}"`);
  f.dueMonth = due;
  f.asOf = asOf;
  f.department = text('department');
  f.lead = text('lead');
  f.unit = text('unit');
  if (v.supervised) f.supervised = true;
  if (v.escalated) f.escalated = true;
  return f;
}

export async function runItems(argv: string[], io: CliIo): Promise<void> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      list: { type: 'string' },
      status: { type: 'string' },
      department: { type: 'string' },
      lead: { type: 'string' },
      unit: { type: 'string' },
      'due-month': { type: 'string' },
      supervised: { type: 'boolean' },
      escalated: { type: 'boolean' },
      'as-of': { type: 'string' },
      output: { type: 'string', short: 'o' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [action, arg] = positionals;
  if (v.help || !action) return io.stdout(ITEMS_HELP);
  const filter = filterOf(v);
  let bytes: Uint8Array | null = null;
  if (action === 'import') {
    if (!arg) throw new GapscopeError('cli.option', `items import needs a file\n\n${ITEMS_HELP}`);
    bytes = await readFile(arg).catch(() => {
      throw new GapscopeError('file.unreadable', `cannot read ${arg}`, { file: basename(arg) });
    });
  }
  if (action === 'export' && !v.output)
    throw new GapscopeError('cli.option', 'items export needs --output FILE (.xlsx or .csv)');
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  await withStore(store, async (s) => {
    switch (action) {
      case 'list': {
        const items = await listWorkItems(s.db, { ...filter, forecasts: storeForecasts(s) });
        if (v.json) return io.stdout(JSON.stringify(items, null, 2) + '\n');
        io.stdout(
          textTable(
            ['id', 'status', 'expected %', 'reported %', 'lead', 'due', 'title'],
            items.map((it) => [
              it.id,
              `${it.status.status}${it.status.escalated ? ' ⚑' : it.supervised ? ' (督办)' : ''}`,
              fixed(it.status.expectedShare, 1),
              fixed(it.status.reportedShare, 1),
              it.leadDepartment,
              it.due,
              it.title.zh,
            ]),
            new Set([2, 3]),
          ) +
            `\n${items.length} items, status as of ${filter.asOf ?? 'today'}; ⚑ escalated (supervised and at risk or overdue)\n`,
        );
        return;
      }
      case 'show': {
        if (!arg) throw new GapscopeError('cli.option', 'items show needs an item id');
        const it = await getWorkItem(s.db, arg, {
          asOf: filter.asOf,
          forecasts: storeForecasts(s),
        });
        if (v.json) return io.stdout(JSON.stringify(it, null, 2) + '\n');
        const lines = [
          `${it.id}  ${it.title.zh}${it.title.en ? ` — ${it.title.en}` : ''}`,
          `  list ${it.list}; lead ${it.leadDepartment}${it.coDepartments.length ? `; with ${it.coDepartments.join(', ')}` : ''}`,
          `  ${it.start} → ${it.due}${it.target ? `; target ${it.target.value} ${it.target.unit}${it.target.indicator ? ` (indicator ${it.target.indicator})` : ''}` : ''}${it.supervised ? '; supervised (督办)' : ''}`,
          `  status ${it.status.status} as of ${it.status.asOf}: expected ${fixed(it.status.expectedShare, 1)} %, reported ${fixed(it.status.reportedShare, 1)} %`,
          ...it.status.reasons.map((r) => `    · ${r}`),
          ...it.milestones.map(
            (m) => `  milestone ${m.due} ${m.title}: ${m.done ? `done ${m.done}` : 'not done'}`,
          ),
          ...it.reports.map(
            (r) =>
              `  report ${r.month} r${r.revision} ${r.reportedAt.slice(0, 10)}${r.late ? ' (late)' : ''}: ${r.value ?? ''}${r.share !== null ? `${r.share} %` : ''} ${r.narrative}`,
          ),
        ];
        io.stdout(lines.join('\n') + '\n');
        return;
      }
      case 'import': {
        const r = await importWorkItems(s.db, {
          table: await parseListFile(basename(arg!), bytes!),
          user: io.user,
          dryRun: v['dry-run'],
        });
        io.stdout(
          `${r.fileName}: ${r.outcome === 'dry-run' ? 'checked, nothing written (dry run)' : 'imported'}\n  ${r.rows} rows: ${r.created.length} new, ${r.updated.length} changed, ${r.unchanged.length} unchanged\n`,
        );
        for (const w of r.warnings) io.stdout(`  warning: ${w}\n`);
        return;
      }
      case 'export': {
        const out = v.output!;
        const format = extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx';
        const file = await exportWorkItems(s.db, {
          ...filter,
          format,
          forecasts: storeForecasts(s),
        });
        await writeFile(out, file);
        io.stderr(`wrote the work items to ${out}\n`);
        return;
      }
      case 'departments': {
        const deps = await listDepartments(s.db);
        io.stdout(
          textTable(
            ['id', 'name', 'kind', 'english'],
            deps.map((d) => [d.id, d.name.zh, d.kind, d.name.en]),
          ) + '\n',
        );
        return;
      }
      default:
        throw new GapscopeError('cli.option', `unknown items action "${action}"\n\n${ITEMS_HELP}`);
    }
  });
}
