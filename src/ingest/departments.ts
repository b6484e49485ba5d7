// Reads a list of the task force's member departments (CSV: id,name_zh,name_en,kind), every bad
// row reported with its row and column.

import { DepartmentSchema, type Department } from '../core/tasks/types.ts';
import { Problems } from './data.ts';
import { readTable } from './table.ts';

const COLUMNS = ['id', 'name_zh', 'name_en', 'kind'] as const;

/** The departments of a CSV or XLSX file, in file order; throws listing every problem. */
export async function loadDepartments(path: string): Promise<Department[]> {
  const table = await readTable(path);
  const problems = new Problems();
  const at = COLUMNS.map((c) => table.header.indexOf(c));
  COLUMNS.forEach((c, i) => {
    if (at[i]! < 0) problems.add(1, c, `the column "${c}" is missing`);
  });
  problems.throwIfAny(table.file);
  const seen = new Set<string>();
  const out: Department[] = [];
  table.rows.forEach((cells, k) => {
    const [id, zh, en, kind] = at.map((c) => cells[c] ?? '');
    const parsed = DepartmentSchema.safeParse({ id, name: { zh, en }, kind });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path.at(-1) ?? 'id');
        const column = field === 'zh' ? 'name_zh' : field === 'en' ? 'name_en' : field;
        problems.add(k + 2, column, issue.message);
      }
      return;
    }
    if (seen.has(parsed.data.id)) problems.add(k + 2, 'id', `"${id}" is listed twice`);
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  problems.throwIfAny(table.file);
  return out;
}
