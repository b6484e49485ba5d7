// Reading a work-item list file's rows: every cell checked and resolved (lists, departments and
// units by name or id, numbers, yes/no, milestones), every problem named by row and column, the
// schema's checks on top; only a file without problems gives items.

import type { Kysely, Transaction } from 'kysely';
import { chinaDate } from '../../core/tasks/dates.ts';
import { WorkItemInputSchema, type WorkItem } from '../../core/tasks/types.ts';
import { numberProblem, Problems } from '../../core/data/problems.ts';
import { unneutralise } from '../../core/text/csv.ts';
import { parseNumber } from '../../core/text/number.ts';
import type { Table } from '../../core/data/table.ts';
import type { Database } from '../schema.ts';
import {
  LIST_COLUMNS,
  LIST_NAMES_ZH,
  parseDirection,
  parseList,
  parseMilestones,
  parseYesNo,
  READ_ONLY,
  splitNames,
} from './list-columns.ts';

/** A path of the item schema → the column key it comes from. */
export const PATH_COLUMN: Record<string, string> = {
  id: 'id',
  list: 'list',
  'title.zh': 'title_zh',
  'title.en': 'title_en',
  description: 'description',
  leadDepartment: 'lead_department',
  coDepartments: 'co_departments',
  units: 'units',
  start: 'start',
  due: 'due',
  'target.value': 'target_value',
  'target.unit': 'target_unit',
  'target.baseline': 'target_baseline',
  'target.direction': 'target_direction',
  'target.indicator': 'indicator',
  'target.year': 'indicator_year',
  'investment.planned': 'planned_investment',
  'investment.completed': 'completed_investment',
  source: 'source',
  supervised: 'supervised',
  milestones: 'milestones',
};

/** A row checked and resolved: the item as given, and the milestones with their done dates. */
export interface RowItem {
  row: number;
  given: Omit<WorkItem, 'id' | 'version'> & { id?: string };
  hasMilestones: boolean;
}

/** Undoes the export's formula protection (a leading ' before = + - @). */
const plain = (s: string): string => (/^'[=+\-@]/.test(s) ? s.slice(1) : s);

/** Reads and checks every row; throws listing every problem. */
export async function readRows(
  db: Kysely<Database> | Transaction<Database>,
  table: Table,
  at: string,
): Promise<{ rows: RowItem[]; warnings: string[] }> {
  const problems = new Problems();
  const warnings: string[] = [];
  const col = new Map<string, number>();
  const headerOf = new Map<string, string>();
  table.header.forEach((h, i) => {
    const t = h.trim();
    const c = LIST_COLUMNS.find((c) => c.key === t.toLowerCase() || c.zh === t);
    if (c) {
      if (col.has(c.key)) problems.add(1, t, `the column "${c.zh}" (${c.key}) appears twice`);
      col.set(c.key, i);
      headerOf.set(c.key, t);
    } else if (t && !READ_ONLY.some((r) => r.key === t.toLowerCase() || r.zh === t))
      warnings.push(`the column "${t}" is not one of the list's columns and was ignored`);
  });
  for (const c of LIST_COLUMNS)
    if (c.required && !col.has(c.key))
      problems.add(1, c.zh, `the column "${c.zh}" (${c.key}) is missing`);
  problems.throwIfAny(table.file, 'nothing was written');

  const deps = await db.selectFrom('departments').select(['id', 'name_zh', 'name_en']).execute();
  const depBy = new Map<string, string>();
  for (const d of deps) {
    depBy.set(d.id, d.id);
    depBy.set(d.name_zh, d.id);
    depBy.set(d.name_en.toLowerCase(), d.id);
  }
  const units = await db.selectFrom('units').select(['code', 'name_zh']).execute();
  const unitBy = new Map<string, string | null>();
  for (const u of units) {
    unitBy.set(u.code, u.code);
    unitBy.set(u.name_zh, unitBy.has(u.name_zh) ? null : u.code);
  }
  const today = chinaDate(at);
  const seenIds = new Map<string, number>();
  const out: RowItem[] = [];
  table.rows.forEach((cells, k) => {
    const row = k + 2;
    const head = (key: string): string => headerOf.get(key) ?? key;
    const cell = (key: string): string => {
      const i = col.get(key);
      // The apostrophe our exports put before formula-like text comes off again (core/text/csv.ts).
      return i === undefined ? '' : plain(unneutralise((cells[i] ?? '').trim()));
    };
    // The columns at fault in this row; the schema's issues on them are not repeated.
    const flagged = new Set<string>();
    const flag = (key: string, message: string): void => {
      flagged.add(key);
      problems.add(row, head(key), message);
    };
    const num = (key: string): number | null => {
      const t = cell(key).replace(/\s/g, '');
      if (t === '') return null;
      const v = parseNumber(t);
      if (v !== null) return v;
      flag(key, numberProblem(cell(key)));
      return null;
    };
    const list = parseList(cell('list'));
    if (!list && cell('list'))
      flag('list', `"${cell('list')}" is not a list (${Object.values(LIST_NAMES_ZH).join('、')})`);
    const dep = (name: string, key: string): string => {
      const id = depBy.get(name) ?? depBy.get(name.toLowerCase());
      if (!id) flag(key, `"${name}" is not a known department`);
      return id ?? name;
    };
    const lead = cell('lead_department') ? dep(cell('lead_department'), 'lead_department') : '';
    const co = splitNames(cell('co_departments')).map((n) => dep(n, 'co_departments'));
    const unitCodes = splitNames(cell('units')).map((n) => {
      const code = unitBy.get(n);
      if (code === undefined) flag('units', `"${n}" is not a known unit`);
      else if (code === null) flag('units', `"${n}" names several units; give the code`);
      return code ?? n;
    });
    const targetValue = num('target_value');
    const direction = parseDirection(cell('target_direction'));
    if (!direction)
      flag(
        'target_direction',
        `"${cell('target_direction')}" is not 提高 / increase or 降低 / decrease`,
      );
    const baseline = num('target_baseline');
    const year = num('indicator_year');
    if (!cell('target_value') && (cell('target_unit') || baseline !== null || cell('indicator')))
      flag('target_value', 'a target unit, baseline or indicator needs a target value');
    const planned = num('planned_investment');
    const completed = num('completed_investment');
    const supervised = parseYesNo(cell('supervised'));
    if (supervised === null)
      flag('supervised', `"${cell('supervised')}" is not 是 or 否 (yes or no)`);
    const ms = parseMilestones(cell('milestones'));
    for (const b of ms.bad)
      flag('milestones', `"${b}" is not a milestone (YYYY-MM-DD what（完成 YYYY-MM-DD）)`);
    for (const m of ms.milestones)
      if (m.done && m.done > today) flag('milestones', `the done date ${m.done} is in the future`);
    const id = cell('id');
    if (id) {
      if (seenIds.has(id)) flag('id', `the id "${id}" is also on row ${seenIds.get(id)}`);
      seenIds.set(id, row);
    }
    const parsed = WorkItemInputSchema.safeParse({
      ...(id ? { id } : {}),
      list,
      title: { zh: cell('title_zh'), en: cell('title_en') },
      description: cell('description'),
      leadDepartment: lead,
      coDepartments: co,
      units: unitCodes,
      start: cell('start'),
      due: cell('due'),
      milestones: ms.milestones,
      target:
        targetValue === null
          ? null
          : {
              value: targetValue,
              unit: cell('target_unit'),
              baseline,
              direction,
              indicator: cell('indicator') || null,
              year,
            },
      investment: planned === null && completed === null ? null : { planned, completed },
      source: cell('source'),
      supervised: !!supervised,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        const key =
          PATH_COLUMN[path.slice(0, 2).join('.')] ?? PATH_COLUMN[path[0] ?? ''] ?? path.join('.');
        if (!flagged.has(key)) flag(key, issue.message);
      }
      return;
    }
    if (flagged.size) return;
    const given = parsed.data;
    out.push({ row, given, hasMilestones: ms.milestones.length > 0 });
  });
  problems.throwIfAny(table.file, 'nothing was written');
  return { rows: out, warnings };
}
