import { describe, expect, it } from 'vitest';
import { canEditItems, canReport } from '../../../web/src/pages/tasks/permissions.ts';
import type { WorkUser } from '../../../web/src/pages/tasks/types.ts';

const user = (role: WorkUser['role'], department: string | null = null): WorkUser => ({
  id: 1,
  name: role,
  role,
  scope: null,
  disabled: false,
  mustChangePassword: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  department,
});
const item = { leadDepartment: 'agriculture' };

describe('who may change work items, as the server rules it', () => {
  it('lets the office and analysts edit and report on any item', () => {
    for (const role of ['admin', 'analyst'] as const) {
      expect(canEditItems(user(role))).toBe(true);
      expect(canReport(user(role), item)).toBe(true);
    }
  });

  it('lets a department report on the items it leads, and edit none', () => {
    expect(canReport(user('department', 'agriculture'), item)).toBe(true);
    expect(canReport(user('department', 'finance'), item)).toBe(false);
    expect(canReport(user('department', null), item)).toBe(false);
    expect(canEditItems(user('department', 'agriculture'))).toBe(false);
  });

  it('lets viewers, region editors and the public only read', () => {
    for (const u of [user('viewer'), user('region'), null, undefined]) {
      expect(canEditItems(u)).toBe(false);
      expect(canReport(u, item)).toBe(false);
    }
  });
});
