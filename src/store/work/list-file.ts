// Work-item lists in and out as files (XLSX, or CSV), one row per item. An import takes the
// table ingest parsed (`parseListFile()`) and checks it row by row first — every problem named by row and column — and then written whole in one
// transaction, or not at all: a row with a known id changes that item (its old version kept),
// any other row makes a new item. An export reads back in unchanged.

import { sql, type Kysely, type Transaction } from 'kysely';
import { WorkItemSchema, type Milestone, type WorkItem } from '../../core/tasks/types.ts';
import { neutralise, toCsv } from '../../core/text/csv.ts';
import { Problems } from '../../core/data/problems.ts';
import type { Table } from '../../core/data/table.ts';
import { audit } from '../audit.ts';
import { now } from '../clock.ts';
import { sqliteHandle } from '../connect.ts';
import type { Database } from '../schema.ts';
import { formatMilestones, LIST_COLUMNS, LIST_NAMES_ZH, READ_ONLY } from './list-columns.ts';
import { PATH_COLUMN, readRows, type RowItem } from './list-rows.ts';
import { listWorkItems, type WorkItemFilter } from './read.ts';
import { loadItems } from './rows.ts';
import { insertItem, nextItemId, replaceItem } from './write.ts';

/** What to import and on whose behalf. */
export interface ListImportOptions {
  /** The list file as ingest parsed it; its `file` names the import. */
  table: Table;
  user: string;
  dryRun?: boolean;
  at?: string;
}

/** What an import did (or, on a dry run, would do): item ids by outcome. */
export interface ListImportReport {
  outcome: 'applied' | 'dry-run';
  fileName: string;
  rows: number;
  created: string[];
  updated: string[];
  unchanged: string[];
  warnings: string[];
}

/** What writing the rows would do. */
type Action =
  | { kind: 'create'; item: WorkItem }
  | {
      kind: 'update';
      current: WorkItem;
      next: WorkItem;
      added: Milestone[];
      done: { id: number; done: string | null }[];
    }
  | { kind: 'unchanged'; id: string };

const key = (m: { due: string; title: string }): string => `${m.due}\u0000${m.title}`;

/** The action of each row against what is stored now; throws when a changed item is invalid. */
async function plan(
  db: Kysely<Database> | Transaction<Database>,
  rows: RowItem[],
  file: string,
): Promise<Action[]> {
  const ids = rows.map((r) => r.given.id).filter((x): x is string => !!x);
  const stored = new Map((await loadItems(db, ids)).map((it) => [it.id, it]));
  const taken = new Set<string>(ids);
  const problems = new Problems();
  const out: Action[] = [];
  for (const r of rows) {
    const current = r.given.id ? stored.get(r.given.id) : undefined;
    if (!current) {
      const id =
        r.given.id ?? (await nextItemId(db, r.given.list, r.given.start.slice(0, 4), taken));
      taken.add(id);
      out.push({ kind: 'create', item: { ...r.given, id, version: 1 } });
      continue;
    }
    const byKey = new Map(current.milestones.map((m) => [key(m), m]));
    const added: Milestone[] = [];
    const done: { id: number; done: string | null }[] = [];
    const milestones = current.milestones.map((m) => ({ ...m }));
    if (r.hasMilestones)
      for (const m of r.given.milestones) {
        const old = byKey.get(key(m));
        if (!old) {
          added.push(m);
          milestones.push(m);
        } else if (old.done !== m.done) {
          done.push({ id: old.id!, done: m.done });
          milestones.find((x) => x.id === old.id)!.done = m.done;
        }
      }
    const candidate = {
      ...current,
      ...r.given,
      milestones,
      id: current.id,
      version: current.version + 1,
    };
    const parsed = WorkItemSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.add(
          r.row,
          PATH_COLUMN[String(issue.path[0])] ?? String(issue.path[0]),
          issue.message,
        );
      continue;
    }
    const next = parsed.data;
    if (JSON.stringify({ ...next, version: 0 }) === JSON.stringify({ ...current, version: 0 }))
      out.push({ kind: 'unchanged', id: current.id });
    else out.push({ kind: 'update', current, next, added, done });
  }
  problems.throwIfAny(file, 'nothing was written');
  return out;
}

/** Any constant: the key of the PostgreSQL advisory lock that serialises list imports. */
const LIST_LOCK = 7_220_332;

/** Checks a list file in full and (unless a dry run) writes it whole, or nothing. */
export async function importWorkItems(
  db: Kysely<Database>,
  o: ListImportOptions,
): Promise<ListImportReport> {
  const at = o.at ?? now();
  const { table } = o;
  const summary = (
    actions: Action[],
    outcome: ListImportReport['outcome'],
    warnings: string[],
  ) => ({
    outcome,
    fileName: table.file,
    rows: table.rows.length,
    created: actions.flatMap((a) => (a.kind === 'create' ? [a.item.id] : [])),
    updated: actions.flatMap((a) => (a.kind === 'update' ? [a.current.id] : [])),
    unchanged: actions.flatMap((a) => (a.kind === 'unchanged' ? [a.id] : [])),
    warnings,
  });
  if (o.dryRun) {
    const { rows, warnings } = await readRows(db, table, at);
    return summary(await plan(db, rows, table.file), 'dry-run', warnings);
  }
  return db.transaction().execute(async (trx) => {
    if (sqliteHandle(db) === null)
      await sql`SELECT pg_advisory_xact_lock(${LIST_LOCK})`.execute(trx);
    const { rows, warnings } = await readRows(trx, table, at);
    const actions = await plan(trx, rows, table.file);
    for (const a of actions) {
      if (a.kind === 'create') await insertItem(trx, a.item, o.user, at);
      if (a.kind !== 'update') continue;
      await replaceItem(trx, a.current, a.next, o.user, at, 'item.import');
      for (const d of a.done)
        await trx
          .updateTable('milestones')
          .set({ done_date: d.done })
          .where('id', '=', d.id)
          .execute();
      for (const m of a.added)
        await trx
          .insertInto('milestones')
          .values({
            item_id: a.current.id,
            title: m.title,
            due_date: m.due,
            done_date: m.done,
            created_at: at,
            created_by: o.user,
          })
          .execute();
    }
    const report = summary(actions, 'applied', warnings);
    await audit(trx, {
      at,
      actor: o.user,
      action: 'items.import',
      entity: 'work_item_list',
      key: table.file,
      after: {
        rows: report.rows,
        created: report.created.length,
        updated: report.updated.length,
        unchanged: report.unchanged.length,
      },
    });
    return report;
  });
}

/** The rows of a list file for the items (with their status as of the filter's date). */
async function listRows(
  db: Kysely<Database>,
  filter: WorkItemFilter,
): Promise<{ header: string[]; rows: (string | number | null)[][] }> {
  const items = await listWorkItems(db, filter);
  const deps = new Map(
    (await db.selectFrom('departments').select(['id', 'name_zh']).execute()).map((d) => [
      d.id,
      d.name_zh,
    ]),
  );
  const units = await db.selectFrom('units').select(['code', 'name_zh']).execute();
  const nameCount = new Map<string, number>();
  for (const u of units) nameCount.set(u.name_zh, (nameCount.get(u.name_zh) ?? 0) + 1);
  const unitName = new Map(
    units.map((u) => [u.code, nameCount.get(u.name_zh) === 1 ? u.name_zh : u.code]),
  );
  const header = [...LIST_COLUMNS.map((c) => c.zh), ...READ_ONLY.map((c) => c.zh)];
  const rows = items.map((v) => [
    v.id,
    LIST_NAMES_ZH[v.list],
    v.title.zh,
    v.title.en,
    v.description,
    deps.get(v.leadDepartment) ?? v.leadDepartment,
    v.coDepartments.map((d) => deps.get(d) ?? d).join('、'),
    v.units.map((u) => unitName.get(u) ?? u).join('、'),
    v.start,
    v.due,
    v.target?.value ?? null,
    v.target?.unit ?? '',
    v.target?.baseline ?? null,
    v.target ? (v.target.direction === 'decrease' ? '降低' : '提高') : '',
    v.target?.indicator ?? '',
    v.target?.year ?? null,
    v.investment?.planned ?? null,
    v.investment?.completed ?? null,
    v.source,
    v.supervised ? '是' : '否',
    formatMilestones(v.milestones),
    v.status.status,
    v.status.expectedShare,
    v.status.reportedShare,
    v.completedInvestment,
  ]);
  return { header, rows };
}

/** The items (filtered) as a list file: XLSX with a readme sheet, or CSV (UTF-8 with BOM). */
export async function exportWorkItems(
  db: Kysely<Database>,
  opts: WorkItemFilter & { format?: 'xlsx' | 'csv' } = {},
): Promise<Uint8Array> {
  const { format = 'xlsx', ...filter } = opts;
  const { header, rows } = await listRows(db, filter);
  if (format === 'csv') return new TextEncoder().encode('\uFEFF' + toCsv(header, rows));
  // Loaded on first use: exceljs is slow to load, and opening a store must not wait for it.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('items');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 3 }];
  ws.getRow(1).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = i === 2 ? 40 : i === 20 ? 44 : 16;
    if (i === 20) c.alignment = { wrapText: true, vertical: 'top' };
  });
  const readme = wb.addWorksheet('readme');
  readme.addRow(['列 column', 'key', 'meaning']);
  for (const c of LIST_COLUMNS) readme.addRow([c.zh, c.key, c.en]);
  for (const c of READ_ONLY) readme.addRow([c.zh, c.key, 'derived on export; ignored on import']);
  readme.getRow(1).font = { bold: true };
  readme.columns.forEach((c, i) => (c.width = i === 2 ? 70 : 22));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
