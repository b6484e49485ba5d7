// Who may do what on the task pages, as the server rules it (server/routes/work.ts): the office
// and analysts create and edit any item and set its supervision; a department user reports on and
// adds milestones to the items its department leads; everyone else reads. The server decides in
// the end: a refusal still comes back as a 403 and is shown.

import type { WorkItem, WorkUser } from './types.ts';

/** Creates items, edits any item, puts an item under supervision (督办). */
export function canEditItems(user: WorkUser | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'analyst';
}

/** Reports progress on the item and adds or completes its milestones. */
export function canReport(
  user: WorkUser | null | undefined,
  item: Pick<WorkItem, 'leadDepartment'>,
): boolean {
  if (canEditItems(user)) return true;
  return (
    user?.role === 'department' && !!user.department && user.department === item.leadDepartment
  );
}
