// Checks on work items beyond their schema: the departments and units they name must be known.
// Problems carry the field at fault, so the API and the list file can name it.

import type { Kysely, Transaction } from 'kysely';
import type { z } from 'zod';
import { GapscopeError } from '../../core/errors.ts';
import type { WorkItem } from '../../core/tasks/types.ts';
import type { Database } from '../schema.ts';

/** A problem with one field of an item. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** The known department ids and unit codes. */
export interface KnownRefs {
  departments: Set<string>;
  units: Set<string>;
}

/** Reads the known departments and units. */
export async function knownRefs(db: Kysely<Database> | Transaction<Database>): Promise<KnownRefs> {
  const [deps, units] = await Promise.all([
    db.selectFrom('departments').select('id').execute(),
    db.selectFrom('units').select('code').execute(),
  ]);
  return {
    departments: new Set(deps.map((d) => d.id)),
    units: new Set(units.map((u) => u.code)),
  };
}

/** The departments and units an item names that are not known. */
export function referenceProblems(
  it: Pick<WorkItem, 'leadDepartment' | 'coDepartments' | 'units'>,
  known: KnownRefs,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!known.departments.has(it.leadDepartment))
    out.push({
      path: 'leadDepartment',
      message: `"${it.leadDepartment}" is not a known department`,
    });
  for (const d of it.coDepartments)
    if (!known.departments.has(d))
      out.push({ path: 'coDepartments', message: `"${d}" is not a known department` });
  for (const u of it.units)
    if (!known.units.has(u))
      out.push({ path: 'units', message: `"${u}" is not a known unit code` });
  return out;
}

/** A schema's issues as field problems. */
export function schemaProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(item)',
    message: i.message,
  }));
}

/** Throws one error listing every problem, with the first problem's field as its path. */
export function throwProblems(code: string, what: string, problems: FieldProblem[]): void {
  if (!problems.length) return;
  const details = problems.map((p) => `${p.path}: ${p.message}`);
  throw new GapscopeError(
    code,
    `${what}: ${details.join('; ')}`,
    { path: problems[0]!.path },
    details,
  );
}
