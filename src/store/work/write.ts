// Changing work items: create, edit (the old version is kept, nothing is overwritten silently),
// milestones, and monthly progress reports (a second report on a month is a new revision). Every
// change is audited with its before and after, in the same transaction.

import type { Kysely, Transaction } from 'kysely';
import { GapscopeError } from '../../core/errors.ts';
import { chinaDate, monthOf } from '../../core/tasks/dates.ts';
import {
  MilestoneSchema,
  ProgressInputSchema,
  WorkItemChangeSchema,
  WorkItemInputSchema,
  WorkItemSchema,
  type ProgressInput,
  type ProgressReport,
  type WorkItem,
  type WorkItemChange,
  type WorkItemInput,
  type WorkList,
} from '../../core/tasks/types.ts';
import { audit } from '../audit.ts';
import { now } from '../clock.ts';
import { sqliteHandle } from '../connect.ts';
import type { Database } from '../schema.ts';
import {
  knownRefs,
  referenceProblems,
  schemaProblems,
  throwProblems,
  type FieldProblem,
} from './check.ts';
import { itemColumns, loadItems, loadReports, writeChildren } from './rows.ts';

/** When a change happens (for tests and imports; default now). */
export interface WriteOptions {
  at?: string;
}

/** The prefix of generated item ids, by list: KI-2025-001, MP-…, MR-…, KP-…. */
export const ID_PREFIX: Record<WorkList, string> = {
  'key-indicator': 'KI',
  'major-policy': 'MP',
  'major-reform': 'MR',
  'key-project': 'KP',
};

/** The next free generated id for an item of `list` starting in `year`. */
export async function nextItemId(
  db: Kysely<Database> | Transaction<Database>,
  list: WorkList,
  year: string,
  taken: ReadonlySet<string> = new Set(),
): Promise<string> {
  const prefix = `${ID_PREFIX[list]}-${year}-`;
  const rows = await db
    .selectFrom('work_items')
    .select('id')
    .where('id', 'like', `${prefix}%`)
    .execute();
  let n = 0;
  for (const id of [...rows.map((r) => r.id), ...taken])
    if (id.startsWith(prefix)) n = Math.max(n, Number(id.slice(prefix.length)) || 0);
  return `${prefix}${String(n + 1).padStart(3, '0')}`;
}

/** Reads one item in a transaction, locking its row on PostgreSQL; a missing one is an error. */
async function lockItem(
  db: Kysely<Database>,
  trx: Transaction<Database>,
  id: string,
): Promise<WorkItem> {
  let q = trx.selectFrom('work_items').select('id').where('id', '=', id);
  if (sqliteHandle(db) === null) q = q.forUpdate();
  if (!(await q.executeTakeFirst()))
    throw new GapscopeError('item.none', `there is no work item "${id}"`, { path: 'id' });
  return (await loadItems(trx, [id]))[0]!;
}

/** Validates a whole item and its references; throws listing every problem. */
async function checkWhole(
  trx: Kysely<Database> | Transaction<Database>,
  candidate: unknown,
): Promise<WorkItem> {
  const parsed = WorkItemSchema.safeParse(candidate);
  if (!parsed.success)
    throwProblems('item.invalid', 'the work item is not valid', schemaProblems(parsed.error));
  const it = parsed.data!;
  throwProblems(
    'item.invalid',
    'the work item is not valid',
    referenceProblems(it, await knownRefs(trx)),
  );
  return it;
}

/** Inserts a new, checked item with its children (inside the caller's transaction). */
export async function insertItem(
  trx: Transaction<Database>,
  it: WorkItem,
  actor: string,
  at: string,
): Promise<void> {
  await trx
    .insertInto('work_items')
    .values({
      ...itemColumns(it),
      created_at: at,
      created_by: actor,
      updated_at: at,
      updated_by: actor,
    })
    .execute();
  await writeChildren(trx, it);
  for (const m of it.milestones)
    await trx
      .insertInto('milestones')
      .values({
        item_id: it.id,
        title: m.title,
        due_date: m.due,
        done_date: m.done,
        created_at: at,
        created_by: actor,
      })
      .execute();
  await audit(trx, { at, actor, action: 'item.add', entity: 'work_item', key: it.id, after: it });
}

/**
 * Replaces an item's row and children by `next` (milestones excepted), keeping `current` as
 * version `current.version` in work_item_versions; `next.version` must be one more.
 */
export async function replaceItem(
  trx: Transaction<Database>,
  current: WorkItem,
  next: WorkItem,
  actor: string,
  at: string,
  action = 'item.update',
): Promise<void> {
  await trx
    .insertInto('work_item_versions')
    .values({
      item_id: current.id,
      version: current.version,
      body: JSON.stringify(current),
      replaced_at: at,
      replaced_by: actor,
    })
    .execute();
  const r = await trx
    .updateTable('work_items')
    .set({ ...itemColumns(next), updated_at: at, updated_by: actor })
    .where('id', '=', current.id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1)
    throw new GapscopeError('item.conflict', `work item "${current.id}" was changed meanwhile`, {
      path: 'version',
    });
  await writeChildren(trx, next);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const k of Object.keys(next) as (keyof WorkItem)[]) {
    if (k === 'version' || JSON.stringify(current[k]) === JSON.stringify(next[k])) continue;
    before[k] = current[k];
    after[k] = next[k];
  }
  await audit(trx, {
    at,
    actor,
    action,
    entity: 'work_item',
    key: current.id,
    before: { version: current.version, ...before },
    after: { version: next.version, ...after },
  });
}

/** Creates a work item (its id generated from its list and start year when not given). */
export async function createWorkItem(
  db: Kysely<Database>,
  input: WorkItemInput,
  actor: string,
  opts: WriteOptions = {},
): Promise<WorkItem> {
  const parsed = WorkItemInputSchema.safeParse(input);
  if (!parsed.success)
    throwProblems('item.invalid', 'the work item is not valid', schemaProblems(parsed.error));
  const at = opts.at ?? now();
  const id = await db.transaction().execute(async (trx) => {
    const given = parsed.data!;
    const id = given.id ?? (await nextItemId(trx, given.list, given.start.slice(0, 4)));
    if (await trx.selectFrom('work_items').select('id').where('id', '=', id).executeTakeFirst())
      throw new GapscopeError('item.exists', `there is already a work item "${id}"`, {
        path: 'id',
      });
    const it = await checkWhole(trx, { ...given, id, version: 1 });
    await insertItem(trx, it, actor, at);
    return id;
  });
  return (await loadItems(db, [id]))[0]!;
}

/**
 * Changes an item's fields. The item as it was is kept as a version; an unchanged item is left
 * alone. With `expectedVersion`, a change to an item someone else changed meanwhile is refused.
 */
export async function updateWorkItem(
  db: Kysely<Database>,
  id: string,
  change: WorkItemChange,
  actor: string,
  opts: WriteOptions & { expectedVersion?: number } = {},
): Promise<WorkItem> {
  const parsed = WorkItemChangeSchema.safeParse(change);
  if (!parsed.success)
    throwProblems('item.invalid', 'the change is not valid', schemaProblems(parsed.error));
  const at = opts.at ?? now();
  await db.transaction().execute(async (trx) => {
    const current = await lockItem(db, trx, id);
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== current.version)
      throw new GapscopeError(
        'item.conflict',
        `work item "${id}" is at version ${current.version}, not ${opts.expectedVersion}`,
        { path: 'version' },
      );
    const next = await checkWhole(trx, {
      ...current,
      ...parsed.data,
      version: current.version + 1,
    });
    if (JSON.stringify({ ...next, version: 0 }) === JSON.stringify({ ...current, version: 0 }))
      return;
    await replaceItem(trx, current, next, actor, at);
  });
  return (await loadItems(db, [id]))[0]!;
}

/** A milestone's done date may not lie after today (China Standard Time). */
function doneProblems(done: string | null | undefined, at: string): FieldProblem[] {
  return done && done > chinaDate(at)
    ? [{ path: 'done', message: `the done date ${done} is in the future` }]
    : [];
}

/** Adds a milestone to an item (a new version of the item). */
export async function addMilestone(
  db: Kysely<Database>,
  itemId: string,
  milestone: { title: string; due: string; done?: string | null },
  actor: string,
  opts: WriteOptions = {},
): Promise<WorkItem> {
  const parsed = MilestoneSchema.omit({ id: true }).safeParse(milestone);
  if (!parsed.success)
    throwProblems('item.invalid', 'the milestone is not valid', schemaProblems(parsed.error));
  const m = parsed.data!;
  const at = opts.at ?? now();
  throwProblems('item.invalid', 'the milestone is not valid', doneProblems(m.done, at));
  await db.transaction().execute(async (trx) => {
    const current = await lockItem(db, trx, itemId);
    const next = await checkWhole(trx, {
      ...current,
      milestones: [...current.milestones, m],
      version: current.version + 1,
    });
    await replaceItem(trx, current, next, actor, at, 'milestone.add');
    await trx
      .insertInto('milestones')
      .values({
        item_id: itemId,
        title: m.title,
        due_date: m.due,
        done_date: m.done,
        created_at: at,
        created_by: actor,
      })
      .execute();
  });
  return (await loadItems(db, [itemId]))[0]!;
}

/** Changes a milestone's title, due date or done date (null: not done); a new version of the item. */
export async function updateMilestone(
  db: Kysely<Database>,
  itemId: string,
  milestoneId: number,
  change: { title?: string; due?: string; done?: string | null },
  actor: string,
  opts: WriteOptions = {},
): Promise<WorkItem> {
  const parsed = MilestoneSchema.omit({ id: true, done: true })
    .partial()
    .extend({ done: MilestoneSchema.shape.done.optional() })
    .strict()
    .safeParse(change);
  if (!parsed.success)
    throwProblems(
      'item.invalid',
      'the milestone change is not valid',
      schemaProblems(parsed.error),
    );
  const c = parsed.data!;
  const at = opts.at ?? now();
  throwProblems('item.invalid', 'the milestone change is not valid', doneProblems(c.done, at));
  await db.transaction().execute(async (trx) => {
    const current = await lockItem(db, trx, itemId);
    const old = current.milestones.find((m) => m.id === milestoneId);
    if (!old)
      throw new GapscopeError(
        'item.none',
        `work item "${itemId}" has no milestone ${milestoneId}`,
        { path: 'milestone' },
      );
    const updated = { ...old, ...c };
    if (JSON.stringify(updated) === JSON.stringify(old)) return;
    const next = await checkWhole(trx, {
      ...current,
      milestones: current.milestones.map((m) => (m.id === milestoneId ? updated : m)),
      version: current.version + 1,
    });
    await replaceItem(trx, current, next, actor, at, 'milestone.update');
    await trx
      .updateTable('milestones')
      .set({ title: updated.title, due_date: updated.due, done_date: updated.done })
      .where('id', '=', milestoneId)
      .execute();
  });
  return (await loadItems(db, [itemId]))[0]!;
}

/**
 * Records a month's progress on an item, on behalf of its lead department. The month must lie
 * between the item's start month and the current month; a value needs a quantitative target.
 */
export async function reportProgress(
  db: Kysely<Database>,
  itemId: string,
  input: ProgressInput,
  actor: string,
  opts: WriteOptions = {},
): Promise<ProgressReport> {
  const parsed = ProgressInputSchema.safeParse(input);
  if (!parsed.success)
    throwProblems(
      'progress.invalid',
      'the progress report is not valid',
      schemaProblems(parsed.error),
    );
  const p = parsed.data!;
  const at = opts.at ?? now();
  const id = await db.transaction().execute(async (trx) => {
    const item = await lockItem(db, trx, itemId);
    const problems: FieldProblem[] = [];
    if (p.month < monthOf(item.start))
      problems.push({ path: 'month', message: `the item starts in ${monthOf(item.start)}` });
    if (p.month > monthOf(chinaDate(at)))
      problems.push({
        path: 'month',
        message: `${p.month} has not begun; report on a past or the current month`,
      });
    if (p.value !== null && !item.target)
      problems.push({
        path: 'value',
        message: 'the item has no quantitative target; report a share instead',
      });
    throwProblems('progress.invalid', 'the progress report is not valid', problems);
    const last = await trx
      .selectFrom('progress_reports')
      .select((eb) => eb.fn.max('revision').as('r'))
      .where('item_id', '=', itemId)
      .where('month', '=', p.month)
      .executeTakeFirst();
    const revision = Number(last?.r ?? 0) + 1;
    const row = {
      item_id: itemId,
      month: p.month,
      revision,
      department_id: item.leadDepartment,
      value: p.value,
      share: p.share,
      investment: p.investment,
      narrative: p.narrative,
      problems: p.problems,
      help_needed: p.helpNeeded,
      reported_at: at,
      reported_by: actor,
    };
    const { id } = await trx
      .insertInto('progress_reports')
      .values(row)
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      at,
      actor,
      action: 'progress.report',
      entity: 'work_item',
      key: itemId,
      after: { month: p.month, revision, value: p.value, share: p.share, investment: p.investment },
    });
    return Number(id);
  });
  return (await loadReports(db, [itemId])).find((r) => r.id === id)!;
}
