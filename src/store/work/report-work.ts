// What the reports read of the work items, read here and handed to them: a month's items and
// summaries for the brief, the items concerning one unit for its county report.

import type { Kysely } from 'kysely';
import { workDate } from '../../core/tasks/dates.ts';
import type { ForecastLookup } from '../../core/tasks/forecast-link.ts';
import type { BriefWork, UnitWork } from '../../core/tasks/report-work.ts';
import { listDepartments } from '../departments.ts';
import { storedUnits } from '../geography.ts';
import type { Database } from '../schema.ts';
import { getWorkItem, listWorkItems, today } from './read.ts';
import { investmentTotals, overdueAndAtRiskByDepartment } from './summary.ts';

/**
 * The brief's work for month `month` (YYYY-MM), every status as of the month's last day (today
 * while it runs); null when there is no work item then.
 */
export async function briefWork(
  db: Kysely<Database>,
  month: string,
  opts: { forecasts?: ForecastLookup } = {},
): Promise<BriefWork | null> {
  const asOf = workDate(month, today());
  const { forecasts } = opts;
  const items = await listWorkItems(db, { asOf, forecasts });
  if (!items.length) return null;
  const departments = await listDepartments(db);
  const flagged = await overdueAndAtRiskByDepartment(db, month, { asOf, forecasts });
  const investment = await investmentTotals(db, { asOf, forecasts });
  const province = (await storedUnits(db)).find((u) => u.level === 'province')?.code ?? null;
  const escalated = [];
  for (const v of items.filter((x) => x.status.escalated))
    escalated.push(await getWorkItem(db, v.id, { asOf, forecasts }));
  return { asOf, items, departments, flagged, investment, province, escalated };
}

/** The items concerning `unit` as of today; null when the store has no work item at all. */
export async function unitWork(
  db: Kysely<Database>,
  unit: string,
  opts: { forecasts?: ForecastLookup } = {},
): Promise<UnitWork | null> {
  const any = await db.selectFrom('work_items').select('id').limit(1).executeTakeFirst();
  if (!any) return null;
  const departments = await listDepartments(db);
  return {
    items: await listWorkItems(db, { unit, asOf: today(), forecasts: opts.forecasts }),
    departments,
  };
}
