// Reads a geography (units, group memberships, group definitions) from a folder of CSV files.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { formatLocation, GapscopeError, type ErrorLocation } from '../core/errors.ts';
import {
  GroupDefSchema,
  GroupMembershipSchema,
  UnitSchema,
  type Geography,
  type GroupDef,
  type GroupMembership,
  type Unit,
} from '../core/geography/units.ts';

/** The bundled Zhejiang geography: the province, 11 cities and 90 county-level units. */
export const BUNDLED_GEOGRAPHY = new URL('../../data/geography/zhejiang/', import.meta.url);

interface Problem extends ErrorLocation {
  message: string;
}

/** One CSV data row: its line in the file (the header is line 1) and its cells by column. */
interface Row {
  line: number;
  cells: Record<string, string>;
}

const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;

/** Reads a CSV file whose header must hold exactly the given columns, in any order. */
function readTable(file: string, columns: readonly string[], problems: Problem[]): Row[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new GapscopeError('geography.read', `cannot read the file: ${(e as Error).message}`, {
      file,
    });
  }
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as { record, info }; csv-parse's types miss that.
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new GapscopeError('geography.csv', `not valid CSV: ${(e as Error).message}`, {
      file,
      line,
    });
  }
  const [head, ...body] = records;
  if (!head) {
    problems.push({
      file,
      message: `the file is empty; expected the columns ${columns.join(', ')}`,
    });
    return [];
  }
  const header = head.record.map((h) => h.trim());
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((h) => !columns.includes(h));
  if (missing.length || unknown.length) {
    const parts = [
      missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
      unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}` : '',
    ].filter(Boolean);
    problems.push({
      file,
      row: 1,
      message: `${parts.join('; ')} (expected ${columns.join(', ')})`,
    });
    return [];
  }
  return body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((h, k) => [h, (record[k] ?? '').trim()])),
  }));
}

/** Validates one row's object with a schema; zod paths map back to CSV columns. */
function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  columnOf: Record<string, string>,
  file: string,
  row: Row,
  problems: Problem[],
): T | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const column = columnOf[issue.path.join('.')] ?? issue.path.join('.');
    const cell = row.cells[column];
    problems.push({
      file,
      row: row.line,
      column,
      message: `${issue.message} (got "${cell ?? ''}")`,
    });
  }
  return null;
}

const orNull = (s: string | undefined): string | null => (s ? s : null);

function checkRange(
  item: { validFrom: string | null; validTo: string | null },
  file: string,
  row: Row,
  problems: Problem[],
): void {
  if (item.validFrom && item.validTo && item.validFrom > item.validTo) {
    problems.push({
      file,
      row: row.line,
      column: 'valid_to',
      message: `valid_to ${item.validTo} is before valid_from ${item.validFrom}`,
    });
  }
}

/** Reads the units; `codes` also holds the codes of rows that failed, so other checks do not cascade. */
function readUnits(file: string, problems: Problem[]): { units: Unit[]; codes: Set<string> } {
  const columnOf = {
    code: 'code',
    parent: 'parent_code',
    level: 'level',
    kind: 'kind',
    'name.zh': 'name_zh',
    'name.en': 'name_en',
    validFrom: 'valid_from',
    validTo: 'valid_to',
  };
  const rows = readTable(file, Object.values(columnOf), problems);
  const units: { unit: Unit; row: Row }[] = [];
  const seen = new Map<string, number>();
  const codes = new Set(rows.map((r) => r.cells.code!));
  for (const row of rows) {
    const c = row.cells;
    const raw = {
      code: c.code,
      parent: orNull(c.parent_code),
      level: c.level,
      kind: c.kind,
      name: { zh: c.name_zh, en: c.name_en },
      validFrom: orNull(c.valid_from),
      validTo: orNull(c.valid_to),
    };
    const unit = check(UnitSchema, raw, columnOf, file, row, problems);
    if (!unit) continue;
    const first = seen.get(unit.code);
    if (first !== undefined) {
      problems.push({
        file,
        row: row.line,
        column: 'code',
        message: `unit ${unit.code} is listed twice (first on row ${first})`,
      });
      continue;
    }
    seen.set(unit.code, row.line);
    checkRange(unit, file, row, problems);
    units.push({ unit, row });
  }
  const byCode = new Map(units.map(({ unit }) => [unit.code, unit]));
  for (const { unit, row } of units) {
    if (unit.parent === null) {
      if (unit.level !== 'province') {
        problems.push({
          file,
          row: row.line,
          column: 'parent_code',
          message: `a ${unit.level} needs a parent unit`,
        });
      }
      continue;
    }
    const parent = byCode.get(unit.parent);
    if (!parent) {
      if (codes.has(unit.parent)) continue;
      problems.push({
        file,
        row: row.line,
        column: 'parent_code',
        message: `unknown parent unit ${unit.parent}`,
      });
    } else if (LEVEL_RANK[parent.level] >= LEVEL_RANK[unit.level]) {
      problems.push({
        file,
        row: row.line,
        column: 'parent_code',
        message: `the parent ${parent.code} is a ${parent.level}, not above a ${unit.level}`,
      });
    }
  }
  return { units: units.map(({ unit }) => unit), codes };
}

function readGroupDefs(file: string, problems: Problem[]): GroupDef[] {
  const columnOf = { id: 'group_id', 'name.zh': 'name_zh', 'name.en': 'name_en', note: 'note' };
  const defs: GroupDef[] = [];
  for (const row of readTable(file, Object.values(columnOf), problems)) {
    const c = row.cells;
    const raw = { id: c.group_id, name: { zh: c.name_zh, en: c.name_en }, note: c.note };
    const def = check(GroupDefSchema, raw, columnOf, file, row, problems);
    if (!def) continue;
    if (defs.some((d) => d.id === def.id)) {
      problems.push({
        file,
        row: row.line,
        column: 'group_id',
        message: `group ${def.id} is defined twice`,
      });
      continue;
    }
    defs.push(def);
  }
  return defs;
}

function readMemberships(
  file: string,
  units: Set<string>,
  groups: Set<string>,
  problems: Problem[],
): GroupMembership[] {
  const columnOf = {
    group: 'group_id',
    unit: 'unit_code',
    validFrom: 'valid_from',
    validTo: 'valid_to',
  };
  const out: GroupMembership[] = [];
  for (const row of readTable(file, Object.values(columnOf), problems)) {
    const c = row.cells;
    const raw = {
      group: c.group_id,
      unit: c.unit_code,
      validFrom: orNull(c.valid_from),
      validTo: orNull(c.valid_to),
    };
    const m = check(GroupMembershipSchema, raw, columnOf, file, row, problems);
    if (!m) continue;
    if (!groups.has(m.group)) {
      problems.push({
        file,
        row: row.line,
        column: 'group_id',
        message: `unknown group ${m.group}: define it in group-defs.csv`,
      });
    }
    if (!units.has(m.unit)) {
      problems.push({
        file,
        row: row.line,
        column: 'unit_code',
        message: `unknown unit ${m.unit}`,
      });
    }
    checkRange(m, file, row, problems);
    out.push(m);
  }
  return out;
}

/**
 * Reads `units.csv`, `group-defs.csv` and `groups.csv` from a folder (default: the bundled
 * Zhejiang geography). Every bad row is reported with its file, row (the file's line, header = 1)
 * and column; the first is the error's location and all are in its `details`.
 */
export function loadGeography(dir: string | URL = BUNDLED_GEOGRAPHY): Geography {
  const base = typeof dir === 'string' ? dir.replace(/\/?$/, '/') : dir;
  const path = (name: string): string =>
    typeof base === 'string' ? base + name : fileURLToPath(new URL(name, base));
  const problems: Problem[] = [];
  const { units, codes } = readUnits(path('units.csv'), problems);
  const groups = readGroupDefs(path('group-defs.csv'), problems);
  const memberships = readMemberships(
    path('groups.csv'),
    codes,
    new Set(groups.map((g) => g.id)),
    problems,
  );
  if (problems.length) {
    const [first, ...rest] = problems as [Problem, ...Problem[]];
    const { message, ...location } = first;
    const more = rest.length
      ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})`
      : '';
    throw new GapscopeError(
      'geography.invalid',
      message + more,
      location,
      problems.map(({ message: m, ...loc }) => formatLocation(loc) + m),
    );
  }
  return { units, memberships, groups };
}
