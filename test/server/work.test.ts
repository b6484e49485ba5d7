// The work-system API over real HTTP on SQLite and PostgreSQL: departments, items with derived
// status and reasons in the caller's language, filters, create and edit with kept versions,
// milestones, monthly reports changing the status, lists in and out, a unit's items — and the
// permissions: a department changes and reports on only the items it leads, and every refusal
// changes nothing.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  firstDay,
  lastDay,
  monthOf,
  nextMonth,
  previousMonth,
} from '../../src/core/tasks/dates.ts';
import { expectedShare } from '../../src/core/tasks/path.ts';
import type { Store } from '../../src/store/connect.ts';
import { createUser } from '../../src/store/users.ts';
import { Client, seedStore, signedIn, startApi } from '../helpers/api.ts';
import { onDay } from '../helpers/clock.ts';
import { freshPostgres, freshSqlite } from '../helpers/stores.ts';

type Api = Awaited<ReturnType<typeof startApi>>;
interface Item {
  id: string;
  version: number;
  leadDepartment: string;
  description: string;
  status: {
    status: string;
    reasons: string[];
    rules: { code: string }[];
    escalated: boolean;
    expectedShare: number;
  };
  milestones: { id: number; title: string; due: string; done: string | null }[];
  reports: { month: string; revision: number; late: boolean }[];
}

/** Everything the work routes could change, to check that a refusal changed nothing. */
async function snapshot(store: Store): Promise<string> {
  const tables = [
    'work_items',
    'item_departments',
    'item_units',
    'milestones',
    'progress_reports',
    'work_item_versions',
    'audit_log',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const t of tables) out[t] = await store.db.selectFrom(t).selectAll().execute();
  return JSON.stringify(out);
}

const upload = (c: Client, path: string, name: string, bytes: Uint8Array): Promise<Response> => {
  const form = new FormData();
  form.set('file', new Blob([bytes as unknown as ArrayBuffer]), name);
  return c.request('POST', path, form);
};

for (const [backend, open] of [
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
] as const) {
  describe(`work-system API on ${backend}`, () => {
    let store: Store;
    let api: Api;
    let admin: Client;
    let dept: Client;
    let viewer: Client;
    beforeAll(async () => {
      store = await open();
      await seedStore(store);
      await createUser(
        store.db,
        {
          name: 'housing',
          role: 'department',
          department: 'housing',
          password: 'password-housing',
        },
        'test',
      );
      api = await startApi(store);
      admin = await signedIn(api.base, 'admin');
      dept = await signedIn(api.base, 'department'); // agriculture
      viewer = await signedIn(api.base, 'viewer');
    });
    afterAll(async () => {
      await api?.close();
      await store?.close();
    });

    it('documents every route in OpenAPI', async () => {
      const doc = (await (await admin.get('/api/openapi.json')).json()) as {
        paths: Record<string, Record<string, unknown>>;
      };
      const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      );
      for (const route of [
        'GET /api/departments',
        'GET /api/items',
        'GET /api/items/{id}',
        'GET /api/items/{id}/versions',
        'POST /api/items',
        'PATCH /api/items/{id}',
        'POST /api/items/{id}/milestones',
        'PATCH /api/items/{id}/milestones/{milestone}',
        'POST /api/items/{id}/reports',
        'POST /api/items/import',
        'GET /api/items/export',
        'GET /api/units/{code}/items',
      ])
        expect(documented, route).toContain(route);
    });

    it('lists the departments; the department user carries its own', async () => {
      const deps = (await (await viewer.get('/api/departments')).json()) as {
        id: string;
        kind: string;
      }[];
      expect(deps).toHaveLength(38);
      const me = (await (await dept.get('/api/session')).json()) as {
        user: { department: string };
      };
      expect(me.user.department).toBe('agriculture');
      expect((await new Client(api.base).get('/api/departments')).status).toBe(401);
    });

    it('lists items with status and reasons, filtered, in the caller’s language', async () => {
      const all = (await (await viewer.get('/api/items?asOf=2025-11-30')).json()) as Item[];
      expect(all).toHaveLength(37);
      const q = async (query: string): Promise<string[]> => {
        const res = await viewer.get(`/api/items?asOf=2025-11-30&${query}`);
        expect(res.status, query).toBe(200);
        return ((await res.json()) as Item[]).map((i) => i.id);
      };
      expect(await q('status=overdue')).toEqual(['KP-2025-005', 'MP-2025-002', 'MR-2025-008']);
      expect(await q('status=not-started')).toEqual(['KP-2026-001', 'MP-2026-001']);
      expect(await q('escalated=true')).toEqual([
        'KP-2025-005',
        'KP-2025-011',
        'MP-2025-002',
        'MR-2025-002',
      ]);
      expect(await q('list=major-reform&lead=development-reform')).toEqual([
        'MR-2025-001',
        'MR-2025-002',
        'MR-2025-003',
        'MR-2025-006',
      ]);
      expect(await q('department=women')).toEqual(['MR-2025-005']);
      expect(await q('dueMonth=2025-09')).toEqual(['MP-2025-002']);
      expect(await q('unit=331123')).toEqual(['KP-2025-003', 'MP-2025-002']);
      expect(await q('supervised=true&status=done')).toEqual(['KI-2025-001', 'KP-2025-001']);
      const late = all.find((i) => i.id === 'KP-2025-009')!;
      expect(late.status.reasons).toEqual([
        'at risk: the progress report for 2025-10 is missing (it was due by 2025-11-10)',
      ]);
      const chinese = new Client(api.base, 'zh-CN');
      await chinese.login('viewer', 'password-viewer');
      const zh = (await (
        await chinese.get('/api/items?asOf=2025-11-30&status=overdue')
      ).json()) as Item[];
      expect(zh[0]!.status.reasons).toEqual([
        '逾期：节点“全部完成改造并通过验收”应于 2025-10-31 完成（已过 30 天），尚未完成',
        '已升级：督办事项逾期',
      ]);
      for (const bad of ['status=late', 'asOf=2025-02-30', 'dueMonth=2025-13', 'unit=12', 'list=x'])
        expect((await viewer.get(`/api/items?${bad}`)).status, bad).toBe(422);
    });

    it('shows one item with milestones, reports and status; 404 for none', async () => {
      const res = await viewer.get('/api/items/KP-2025-005?asOf=2025-11-30');
      expect(res.status).toBe(200);
      const it = (await res.json()) as Item;
      expect(it.milestones.map((m) => m.done)).toEqual(['2025-03-25', '2025-06-27', null]);
      expect(it.reports.map((r) => r.month).slice(0, 2)).toEqual(['2025-01', '2025-02']);
      expect(it.status.rules.map((r) => r.code)).toEqual(['overdue-milestone', 'escalated']);
      expect((await viewer.get('/api/items/NOPE-1')).status).toBe(404);
      expect((await viewer.get('/api/units/331002/items?asOf=2025-11-30')).status).toBe(200);
      const units = (await (await viewer.get('/api/units/331000/items')).json()) as Item[];
      expect(units.map((i) => i.id)).toEqual(['KP-2025-005']);
      expect((await viewer.get('/api/units/999999/items')).status).toBe(404);
    });

    it('the office creates an item, a department cannot', async () => {
      const body = {
        list: 'major-policy',
        title: { zh: '测试政策' },
        leadDepartment: 'agriculture',
        start: '2026-09-01',
        due: '2027-06-30',
      };
      const before = await snapshot(store);
      for (const c of [dept, viewer, await signedIn(api.base, 'region')])
        expect((await c.post('/api/items', body)).status).toBe(403);
      expect((await new Client(api.base).post('/api/items', body)).status).toBe(401);
      const bad = await admin.post('/api/items', { ...body, leadDepartment: 'nobody' });
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { error: { field: string } }).error.field).toBe(
        'leadDepartment',
      );
      expect((await admin.post('/api/items', { ...body, extra: 1 })).status).toBe(422);
      expect(await snapshot(store)).toBe(before);
      const res = await admin.post('/api/items', body);
      expect(res.status).toBe(200);
      const it = (await res.json()) as Item;
      expect(it.id).toBe('MP-2026-002');
      expect(it.version).toBe(1);
    });

    it('a department edits an item it leads — the old version kept — and no other', async () => {
      const before = await snapshot(store);
      const other = await dept.request('PATCH', '/api/items/KP-2025-004', {
        description: 'mine now',
      });
      expect(other.status).toBe(403);
      expect(((await other.json()) as { error: { detail: string } }).error.detail).toMatch(
        /KP-2025-004 is led by housing, you are agriculture/,
      );
      expect(
        (await dept.request('PATCH', '/api/items/KI-2025-002', { leadDepartment: 'finance' }))
          .status,
      ).toBe(403);
      expect(
        (await dept.request('PATCH', '/api/items/KI-2025-002', { supervised: true })).status,
      ).toBe(403);
      expect(
        (await viewer.request('PATCH', '/api/items/KI-2025-002', { description: 'x' })).status,
      ).toBe(403);
      expect(await snapshot(store)).toBe(before);
      const ok = await dept.request('PATCH', '/api/items/KI-2025-002', {
        description: '农民增收十大行动',
        version: 1,
      });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as Item).version).toBe(2);
      const stale = await dept.request('PATCH', '/api/items/KI-2025-002', {
        description: 'again',
        version: 1,
      });
      expect(stale.status).toBe(409);
      const versions = (await (await viewer.get('/api/items/KI-2025-002/versions')).json()) as {
        version: number;
        item: { description: string };
        replacedBy: string;
      }[];
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ version: 1, replacedBy: 'dept' });
      expect(versions[0]!.item.description).toMatch(/快于城镇居民/);
      const audit = (await (
        await admin.get('/api/audit?entity=work_item&key=KI-2025-002')
      ).json()) as { action: string; actor: string }[];
      expect(audit[0]).toMatchObject({ action: 'item.update', actor: 'dept' });
    });

    it('a department reports progress only on an item it leads; the refusal changes nothing', async () => {
      const before = await snapshot(store);
      const report = { month: '2025-11', share: 50 };
      const refused = await dept.post('/api/items/KP-2025-004/reports', report);
      expect(refused.status).toBe(403);
      expect((await viewer.post('/api/items/KP-2025-004/reports', report)).status).toBe(403);
      expect(
        (await dept.post('/api/items/KP-2025-004/milestones', { title: 'x', due: '2025-12-01' }))
          .status,
      ).toBe(403);
      expect(await snapshot(store)).toBe(before);
      const housing = new Client(api.base);
      expect((await housing.login('housing', 'password-housing')).status).toBe(200);
      const ok = await housing.post('/api/items/KP-2025-004/reports', {
        month: '2025-11',
        value: 580,
        narrative: '进展顺利',
      });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        item: 'KP-2025-004',
        month: '2025-11',
        revision: 2,
        department: 'housing',
        value: 580,
        reportedBy: 'housing',
        late: true,
      });
      expect(
        (
          await housing.post('/api/items/KP-2025-004/reports', {
            month: '2025-11',
            value: 1,
            share: 200,
          })
        ).status,
      ).toBe(422);
      expect(
        (await housing.post('/api/items/MP-2025-006/reports', { month: '2025-11', value: 3 }))
          .status,
      ).toBe(422);
    });

    // Judged on the 3rd (before the 10th, when last month's report is due) and on the 20th: what
    // the rules say must not depend on the day of the month the suite runs.
    for (const today of ['2026-12-03', '2026-12-20'])
      it(`an item’s status moves with its monthly reports and milestones (on ${today})`, () =>
        onDay(`${today}T04:00:00Z`, async () => {
          // Sessions last 12 hours: sign in on the day.
          const admin = await signedIn(api.base, 'admin');
          const dept = await signedIn(api.base, 'department');
          // An item running from two months ago to three months ahead.
          const m0 = monthOf(today);
          const start = firstDay(previousMonth(previousMonth(m0)));
          const due = lastDay(nextMonth(nextMonth(nextMonth(m0))));
          const created = (await (
            await admin.post('/api/items', {
              list: 'key-project',
              title: { zh: '两个月的进展' },
              leadDepartment: 'agriculture',
              start,
              due,
              supervised: true,
            })
          ).json()) as Item;
          const status = async () =>
            ((await (await dept.get(`/api/items/${created.id}`)).json()) as Item).status;
          // No report yet: the one whose deadline has passed is missing.
          const first = await status();
          expect(first.status).toBe('at-risk');
          expect(first.rules.map((r) => r.code)).toEqual(['late-report', 'escalated']);
          // Reports on the straight path from start to due put it on track.
          const expected = expectedShare({ start, due, milestones: [] }, today);
          for (const month of [previousMonth(previousMonth(m0)), previousMonth(m0)]) {
            const r = await dept.post(`/api/items/${created.id}/reports`, {
              month,
              share: Math.round(expected),
            });
            expect(r.status).toBe(200);
          }
          const second = await status();
          expect(second.status).toBe('on-track');
          expect(second.escalated).toBe(false);
          // Half the work reported this month, then a milestone due yesterday and not done:
          // overdue from today. Done yesterday, it puts the item back on track: the path now runs
          // through 50 % on the milestone's day, and 50 % is reported.
          await dept.post(`/api/items/${created.id}/reports`, { month: m0, share: 50 });
          const yesterday = addDays(today, -1);
          const withMilestone = (await (
            await dept.post(`/api/items/${created.id}/milestones`, {
              title: '完成设计',
              due: yesterday,
            })
          ).json()) as Item;
          expect(withMilestone.status.status).toBe('overdue');
          expect(withMilestone.status.rules.map((r) => r.code)).toEqual([
            'overdue-milestone',
            'escalated',
          ]);
          const m = withMilestone.milestones[0]!;
          const done = await dept.request('PATCH', `/api/items/${created.id}/milestones/${m.id}`, {
            done: yesterday,
          });
          const afterDone = ((await done.json()) as Item).status;
          expect(afterDone.status).toBe('on-track');
          expect(afterDone.expectedShare).toBeGreaterThan(50);
          expect(afterDone.expectedShare).toBeLessThan(51);
          // A done date after today is refused.
          expect(
            (
              await dept.request('PATCH', `/api/items/${created.id}/milestones/${m.id}`, {
                done: addDays(today, 2),
              })
            ).status,
          ).toBe(422);
          // This month's report revised down to 20 points behind the path: at risk.
          const behind = await dept.post(`/api/items/${created.id}/reports`, {
            month: m0,
            share: 30,
          });
          expect(behind.status).toBe(200);
          const third = await status();
          expect(third.status).toBe('at-risk');
          expect(third.rules.map((r) => r.code)).toEqual(['behind-path', 'escalated']);
          await dept.post(`/api/items/${created.id}/reports`, { month: m0, share: 100 });
          expect((await status()).status).toBe('done');
          const detail = (await (await dept.get(`/api/items/${created.id}`)).json()) as Item;
          expect(detail.reports.map((r) => [r.month, r.revision])).toEqual([
            [previousMonth(previousMonth(m0)), 1],
            [previousMonth(m0), 1],
            [m0, 1],
            [m0, 2],
            [m0, 3],
          ]);
        }));

    it('answers every role on every write as the matrix says, and a refusal changes nothing', async () => {
      type Role = 'admin' | 'analyst' | 'department' | 'region' | 'viewer' | 'anonymous';
      const roles: Role[] = ['admin', 'analyst', 'department', 'region', 'viewer', 'anonymous'];
      const clients = new Map<Role, Client>();
      for (const r of roles)
        clients.set(r, r === 'anonymous' ? new Client(api.base) : await signedIn(api.base, r));
      const list = new Uint8Array(
        await (await admin.get('/api/items/export?list=key-indicator')).arrayBuffer(),
      );
      const writers = {
        admin: 200,
        analyst: 200,
        department: 403,
        region: 403,
        viewer: 403,
        anonymous: 401,
      };
      const cases: [string, Record<Role, number>, (c: Client, n: number) => Promise<Response>][] = [
        [
          'create an item',
          writers,
          (c, n) =>
            c.post('/api/items', {
              list: 'major-policy',
              title: { zh: `政策${n}` },
              leadDepartment: 'agriculture',
              start: '2026-01-01',
              due: '2026-12-31',
            }),
        ],
        [
          'edit another department’s item',
          writers,
          (c, n) => c.request('PATCH', '/api/items/KI-2025-005', { description: `说明${n}` }),
        ],
        [
          'edit an item of one’s own department',
          { ...writers, department: 200 },
          (c, n) => c.request('PATCH', '/api/items/MP-2025-004', { description: `说明${n}` }),
        ],
        [
          'add a milestone to another department’s item',
          writers,
          (c, n) =>
            c.post('/api/items/KI-2025-005/milestones', { title: `节点${n}`, due: '2025-12-01' }),
        ],
        [
          'report on another department’s item',
          writers,
          (c, n) =>
            c.post('/api/items/KI-2025-005/reports', { month: '2025-11', value: 80 + n / 100 }),
        ],
        [
          'report on an item of one’s own department',
          { ...writers, department: 200 },
          (c, n) => c.post('/api/items/MP-2025-004/reports', { month: '2025-11', value: 200 + n }),
        ],
        [
          'import a list',
          writers,
          (c) => upload(c, '/api/items/import?dryRun=true', 'list.xlsx', list),
        ],
      ];
      let n = 0;
      for (const [name, expected, call] of cases)
        for (const role of roles) {
          const before = await snapshot(store);
          const res = await call(clients.get(role)!, ++n);
          expect(res.status, `${name} as ${role}`).toBe(expected[role]);
          if (res.status !== 200) expect(await snapshot(store), `${name} as ${role}`).toBe(before);
        }
    });

    it('imports a list file with a dry run, refuses a bad one whole, and exports the list', async () => {
      const exported = await admin.get('/api/items/export?format=xlsx&list=major-reform');
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toMatch(/spreadsheetml/);
      const bytes = new Uint8Array(await exported.arrayBuffer());
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.rowCount).toBe(9);
      const dry = await upload(admin, '/api/items/import?dryRun=true', 'reforms.xlsx', bytes);
      expect(dry.status).toBe(200);
      expect(await dry.json()).toMatchObject({
        outcome: 'dry-run',
        rows: 8,
        created: [],
        updated: [],
        unchanged: [
          'MR-2025-001',
          'MR-2025-002',
          'MR-2025-003',
          'MR-2025-004',
          'MR-2025-005',
          'MR-2025-006',
          'MR-2025-007',
          'MR-2025-008',
        ],
      });
      ws.getRow(2).getCell(3).value = '城乡融合体制机制改革（深化）';
      ws.getRow(3).getCell(6).value = '省不存在厅';
      const before = await snapshot(store);
      const bad = await upload(
        admin,
        '/api/items/import',
        'reforms.xlsx',
        new Uint8Array(await wb.xlsx.writeBuffer()),
      );
      expect(bad.status).toBe(422);
      expect(((await bad.json()) as { error: { details: string[] } }).error.details).toEqual([
        'row 3, column 牵头单位: "省不存在厅" is not a known department',
      ]);
      expect(await snapshot(store)).toBe(before);
      expect((await upload(dept, '/api/items/import', 'reforms.xlsx', bytes)).status).toBe(403);
      ws.getRow(3).getCell(6).value = '省发展改革委';
      const good = await upload(
        admin,
        '/api/items/import',
        'reforms.xlsx',
        new Uint8Array(await wb.xlsx.writeBuffer()),
      );
      expect(good.status).toBe(200);
      expect(await good.json()).toMatchObject({
        outcome: 'applied',
        updated: ['MR-2025-001'],
        created: [],
      });
      const csv = await admin.get('/api/items/export?format=csv&status=done&asOf=2025-11-30');
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect((await csv.text()).split('\n')[0]).toMatch(/^\uFEFF?编号,清单,事项名称/);
      expect((await upload(admin, '/api/items/import', 'list.txt', bytes)).status).toBe(422);
    });
  });
}
