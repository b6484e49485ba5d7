// The work items in the store, on SQLite and PostgreSQL: create, edit with kept versions, milestones,
// monthly reports as revisions, every change audited, bad input refused whole; lists in and out
// as files; the demo items' statuses and the month's summaries.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { readAudit } from '../../src/store/audit.ts';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { parseListFile } from '../../src/ingest/work-list.ts';
import {
  addMilestone,
  createWorkItem,
  exportWorkItems,
  getWorkItem,
  importWorkItems,
  investmentTotals,
  itemVersions,
  listDepartments,
  listWorkItems,
  overdueAndAtRiskByDepartment,
  reportProgress,
  updateMilestone,
  updateWorkItem,
  WORK_LISTS,
  WORK_STATUSES,
  type WorkItemInput,
} from '../../src/store/work-items.ts';
import { freshPostgres, freshSqlite } from '../helpers/stores.ts';

const AT = '2025-06-15T02:00:00.000Z';
const LATER = '2025-07-01T02:00:00.000Z';

const project = (over: Partial<WorkItemInput> = {}): WorkItemInput => ({
  list: 'key-project',
  title: { zh: '测试项目', en: 'A test project' },
  leadDepartment: 'water-resources',
  coDepartments: ['finance'],
  units: ['330122', '330127'],
  start: '2025-01-01',
  due: '2025-12-31',
  target: { value: 100, unit: '公里' },
  investment: { planned: 5000, completed: 0 },
  source: 'test',
  ...over,
});

async function count(
  store: Store,
  table: 'work_items' | 'progress_reports' | 'milestones' | 'work_item_versions',
): Promise<number> {
  const r = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function refused(p: Promise<unknown>, code: string, pattern: RegExp): Promise<GapscopeError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(GapscopeError);
  expect((e as GapscopeError).code).toBe(code);
  expect((e as GapscopeError).message).toMatch(pattern);
  return e as GapscopeError;
}

async function xlsx(header: string[], rows: (string | number)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('items');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

for (const [backend, open] of [
  ['SQLite', freshSqlite],
  ['PostgreSQL', freshPostgres],
] as const) {
  describe(`work items in the store on ${backend}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
      await initStore(store.db, await readBundle({ demo: false }));
    });
    afterAll(async () => store?.close());

    it('holds the 38 departments of every kind', async () => {
      const deps = await listDepartments(store.db);
      expect(deps).toHaveLength(38);
      expect(deps[0]).toEqual({
        id: 'organisation',
        name: { zh: '省委组织部', en: 'Organisation Department of the Provincial Party Committee' },
        kind: 'party',
      });
      expect(new Set(deps.map((d) => d.kind))).toEqual(
        new Set(['party', 'government', 'central', 'mass-organisation', 'enterprise']),
      );
    });

    it('creates an item with a generated id, audited', async () => {
      const it1 = await createWorkItem(store.db, project(), 'office', { at: AT });
      expect(it1.id).toBe('KP-2025-001');
      expect(it1.version).toBe(1);
      expect(it1.coDepartments).toEqual(['finance']);
      expect(it1.units).toEqual(['330122', '330127']);
      expect(it1.target).toEqual({
        value: 100,
        unit: '公里',
        baseline: null,
        direction: 'increase',
        indicator: null,
        year: null,
      });
      const it2 = await createWorkItem(store.db, project({ title: { zh: '第二个' } }), 'office', {
        at: AT,
      });
      expect(it2.id).toBe('KP-2025-002');
      const audit = await readAudit(store.db, { entity: 'work_item', key: 'KP-2025-001' });
      expect(audit.map((a) => a.action)).toEqual(['item.add']);
      expect(JSON.parse(audit[0]!.after!)).toMatchObject({
        id: 'KP-2025-001',
        leadDepartment: 'water-resources',
      });
    });

    it('refuses a bad item naming every field, and writes nothing', async () => {
      const before = await count(store, 'work_items');
      const e = await refused(
        createWorkItem(
          store.db,
          project({
            leadDepartment: 'nobody',
            units: ['999999'],
            coDepartments: ['finance', 'nobody-else'],
          }),
          'office',
        ),
        'item.invalid',
        /leadDepartment: "nobody" is not a known department/,
      );
      expect(e.details).toEqual([
        'leadDepartment: "nobody" is not a known department',
        'coDepartments: "nobody-else" is not a known department',
        'units: "999999" is not a known unit code',
      ]);
      await refused(
        createWorkItem(store.db, project({ due: '2024-12-31' }), 'office'),
        'item.invalid',
        /due 2024-12-31 is before start 2025-01-01/,
      );
      await refused(
        createWorkItem(
          store.db,
          project({ milestones: [{ title: 'late', due: '2026-02-01' }] }),
          'office',
        ),
        'item.invalid',
        /milestones\.0\.due: milestone due 2026-02-01 is outside/,
      );
      await refused(
        createWorkItem(store.db, project({ id: 'KP-2025-001' }), 'office'),
        'item.exists',
        /already a work item "KP-2025-001"/,
      );
      expect(await count(store, 'work_items')).toBe(before);
    });

    it('keeps the old version on every edit, and leaves an unchanged item alone', async () => {
      const next = await updateWorkItem(
        store.db,
        'KP-2025-001',
        { due: '2026-03-31', supervised: true },
        'office',
        { at: AT },
      );
      expect(next.version).toBe(2);
      expect(next.due).toBe('2026-03-31');
      const same = await updateWorkItem(store.db, 'KP-2025-001', { due: '2026-03-31' }, 'office');
      expect(same.version).toBe(2);
      const versions = await itemVersions(store.db, 'KP-2025-001');
      expect(versions).toHaveLength(1);
      expect(versions[0]).toMatchObject({ version: 1, replacedAt: AT, replacedBy: 'office' });
      expect(versions[0]!.item).toMatchObject({ due: '2025-12-31', supervised: false, version: 1 });
      const audit = await readAudit(store.db, { entity: 'work_item', key: 'KP-2025-001' });
      expect(audit[0]!.action).toBe('item.update');
      expect(JSON.parse(audit[0]!.before!)).toEqual({
        version: 1,
        due: '2025-12-31',
        supervised: false,
      });
      expect(JSON.parse(audit[0]!.after!)).toEqual({
        version: 2,
        due: '2026-03-31',
        supervised: true,
      });
    });

    it('refuses a change to an item changed meanwhile, and an unknown item', async () => {
      await refused(
        updateWorkItem(store.db, 'KP-2025-001', { description: 'x' }, 'office', {
          expectedVersion: 1,
        }),
        'item.conflict',
        /at version 2, not 1/,
      );
      await refused(
        updateWorkItem(store.db, 'NOPE', { description: 'x' }, 'office'),
        'item.none',
        /no work item "NOPE"/,
      );
      await refused(
        updateWorkItem(store.db, 'KP-2025-001', { start: '2026-06-01' }, 'office'),
        'item.invalid',
        /due 2026-03-31 is before start 2026-06-01/,
      );
      expect((await getWorkItem(store.db, 'KP-2025-001')).version).toBe(2);
    });

    it('adds and completes milestones as new versions; a future done date is refused', async () => {
      const a = await addMilestone(
        store.db,
        'KP-2025-001',
        { title: '开工', due: '2025-03-31' },
        'office',
        { at: AT },
      );
      expect(a.version).toBe(3);
      const m = a.milestones[0]!;
      expect(m).toMatchObject({ title: '开工', due: '2025-03-31', done: null });
      const b = await updateMilestone(
        store.db,
        'KP-2025-001',
        m.id!,
        { done: '2025-03-30' },
        'office',
        { at: AT },
      );
      expect(b.milestones[0]!.done).toBe('2025-03-30');
      expect(b.version).toBe(4);
      await refused(
        updateMilestone(store.db, 'KP-2025-001', m.id!, { done: '2025-06-16' }, 'office', {
          at: AT,
        }),
        'item.invalid',
        /the done date 2025-06-16 is in the future/,
      );
      await refused(
        updateMilestone(store.db, 'KP-2025-001', 99999, { done: null }, 'office'),
        'item.none',
        /no milestone 99999/,
      );
      expect((await itemVersions(store.db, 'KP-2025-001')).map((v) => v.version)).toEqual([
        3, 2, 1,
      ]);
      const actions = (await readAudit(store.db, { entity: 'work_item', key: 'KP-2025-001' })).map(
        (a) => a.action,
      );
      expect(actions.slice(0, 2)).toEqual(['milestone.update', 'milestone.add']);
    });

    it('records monthly reports as revisions for the lead department, and refuses bad ones', async () => {
      const r1 = await reportProgress(
        store.db,
        'KP-2025-002',
        { month: '2025-05', value: 30, investment: 1500 },
        'water',
        { at: AT },
      );
      expect(r1).toMatchObject({
        item: 'KP-2025-002',
        month: '2025-05',
        revision: 1,
        department: 'water-resources',
        value: 30,
        share: null,
        investment: 1500,
        reportedAt: AT,
        reportedBy: 'water',
      });
      const r2 = await reportProgress(
        store.db,
        'KP-2025-002',
        { month: '2025-05', value: 35, narrative: '更正' },
        'water',
        { at: AT },
      );
      expect(r2.revision).toBe(2);
      const before = await count(store, 'progress_reports');
      await refused(
        reportProgress(store.db, 'KP-2025-002', { month: '2025-07' }, 'water', { at: AT }),
        'progress.invalid',
        /2025-07 has not begun/,
      );
      await refused(
        reportProgress(store.db, 'KP-2025-002', { month: '2024-12' }, 'water', { at: AT }),
        'progress.invalid',
        /the item starts in 2025-01/,
      );
      await refused(
        reportProgress(store.db, 'KP-2025-002', { month: '2025-5' }, 'water', { at: AT }),
        'progress.invalid',
        /month: a month YYYY-MM/,
      );
      await refused(
        reportProgress(store.db, 'KP-2025-002', { month: '2025-05', share: 120 }, 'water', {
          at: AT,
        }),
        'progress.invalid',
        /share/,
      );
      expect(await count(store, 'progress_reports')).toBe(before);
      const policy = await createWorkItem(
        store.db,
        project({ list: 'major-policy', target: null, investment: null }),
        'office',
        { at: AT },
      );
      await refused(
        reportProgress(store.db, policy.id, { month: '2025-05', value: 3 }, 'x', { at: AT }),
        'progress.invalid',
        /no quantitative target; report a share/,
      );
      const detail = await getWorkItem(store.db, 'KP-2025-002', { asOf: '2025-06-15' });
      expect(detail.reports.map((r) => [r.revision, r.value, r.late])).toEqual([
        [1, 30, true],
        [2, 35, true],
      ]);
      expect(detail.status.reportedShare).toBe(35);
      expect(detail.completedInvestment).toBe(1500);
      expect(detail.lastReport).toEqual({ month: '2025-05', reportedAt: AT, late: true });
    });

    it('lists items by every filter', async () => {
      const all = await listWorkItems(store.db, { asOf: '2025-06-15' });
      expect(all.map((i) => i.id)).toEqual(['KP-2025-001', 'KP-2025-002', 'MP-2025-001']);
      const ids = async (f: Parameters<typeof listWorkItems>[1]) =>
        (await listWorkItems(store.db, { asOf: '2025-06-15', ...f })).map((i) => i.id);
      expect(await ids({ list: 'major-policy' })).toEqual(['MP-2025-001']);
      expect(await ids({ supervised: true })).toEqual(['KP-2025-001']);
      expect(await ids({ dueMonth: '2026-03' })).toEqual(['KP-2025-001']);
      expect(await ids({ department: 'finance' })).toHaveLength(3);
      expect(await ids({ lead: 'finance' })).toEqual([]);
      expect(await ids({ unit: '330122' })).toHaveLength(3);
      expect(await ids({ unit: '330100' })).toHaveLength(3); // the city of 桐庐县
      expect(await ids({ unit: '330200' })).toEqual([]);
      // KP-2025-001 has no report on May; KP-2025-002 is 35 % against 45 % expected.
      expect(await ids({ status: 'at-risk' })).toEqual(['KP-2025-001', 'MP-2025-001']);
      expect(await ids({ escalated: true })).toEqual(['KP-2025-001']);
    });
  });

  describe(`work-item lists as files on ${backend}`, () => {
    let store: Store;
    const header = [
      '编号',
      '清单',
      '事项名称',
      '牵头单位',
      '配合单位',
      '涉及地区',
      '开始时间',
      '完成时限',
      '目标值',
      '计量单位',
      '计划投资（万元）',
      '督办',
      '节点',
      '序号',
    ];
    beforeAll(async () => {
      store = await open();
      await initStore(store.db, await readBundle({ demo: false }));
    });
    afterAll(async () => store?.close());

    it('refuses a bad list whole, naming every row and column', async () => {
      const bytes = await xlsx(header, [
        [
          '',
          '重点工程',
          '甲',
          '省水利厅',
          '',
          '',
          '2025-01-01',
          '2025-12-31',
          '',
          '',
          '',
          '否',
          '',
          1,
        ],
        [
          '',
          '重点项目',
          '乙',
          '省水务厅',
          '省财政厅、省不存在局',
          '桐庐县、火星县',
          '2025-01-01',
          '2025-12-31',
          '1,000',
          '公里',
          '',
          '也许',
          '',
          2,
        ],
        [
          '',
          '重大政策',
          '丙',
          'agriculture',
          '',
          '',
          '2025-02-30',
          '2025-12-31',
          '',
          '',
          '',
          '是',
          '2025-03-31 起草\n三月 印发',
          3,
        ],
        [
          'X-1',
          '重大改革',
          '',
          'health',
          '',
          '',
          '2025-01-01',
          '2024-12-31',
          '',
          '',
          '',
          '否',
          '',
          4,
        ],
        [
          'X-1',
          '重大改革',
          '丁',
          'health',
          '',
          '',
          '2025-01-01',
          '2025-12-31',
          '',
          '',
          '',
          '否',
          '',
          5,
        ],
      ]);
      const e = await refused(
        importWorkItems(store.db, {
          table: await parseListFile('bad.xlsx', bytes),
          user: 'office',
        }),
        'data.invalid',
        /problems in the data; nothing was written/,
      );
      expect(e.details).toEqual([
        'row 2, column 清单: "重点工程" is not a list (重点指标、重大政策、重大改革、重点项目)',
        'row 3, column 牵头单位: "省水务厅" is not a known department',
        'row 3, column 配合单位: "省不存在局" is not a known department',
        'row 3, column 涉及地区: "火星县" is not a known unit',
        'row 3, column 目标值: "1,000" is not a number (remove thousands separators)',
        'row 3, column 督办: "也许" is not 是 or 否 (yes or no)',
        'row 4, column 节点: "三月 印发" is not a milestone (YYYY-MM-DD what（完成 YYYY-MM-DD）)',
        'row 4, column 开始时间: a date YYYY-MM-DD',
        'row 5, column 事项名称: Too small: expected string to have >=1 characters',
        'row 5, column 完成时限: due 2024-12-31 is before start 2025-01-01',
        'row 6, column 编号: the id "X-1" is also on row 5',
      ]);
      expect(await count(store, 'work_items')).toBe(0);
    });

    it('imports a list whole, then changes what changed and keeps the rest', async () => {
      const rows = [
        [
          '',
          '重点项目',
          '供水管网延伸',
          '省水利厅',
          '省财政厅、省建设厅',
          '桐庐县、淳安县',
          '2025-01-01',
          '2025-12-31',
          450,
          '公里',
          270000,
          '是',
          '2025-06-30 完成一半（完成 2025-06-28）\n2025-12-31 全部完成',
          1,
        ],
        [
          'MR-X',
          '重大改革',
          '托育一体化',
          '省教育厅',
          '省妇联',
          '330300',
          '2025-01-01',
          '2025-12-31',
          '',
          '',
          '',
          '否',
          '',
          2,
        ],
      ];
      const dry = await importWorkItems(store.db, {
        table: await parseListFile('list.xlsx', await xlsx(header, rows)),
        user: 'office',
        dryRun: true,
        at: LATER,
      });
      expect(dry).toMatchObject({
        outcome: 'dry-run',
        rows: 2,
        created: ['KP-2025-001', 'MR-X'],
        updated: [],
        unchanged: [],
      });
      expect(dry.warnings).toEqual([
        'the column "序号" is not one of the list\'s columns and was ignored',
      ]);
      expect(await count(store, 'work_items')).toBe(0);
      const r = await importWorkItems(store.db, {
        table: await parseListFile('list.xlsx', await xlsx(header, rows)),
        user: 'office',
        at: LATER,
      });
      expect(r.created).toEqual(['KP-2025-001', 'MR-X']);
      const kp = await getWorkItem(store.db, 'KP-2025-001', { asOf: '2025-06-30' });
      expect(kp).toMatchObject({
        leadDepartment: 'water-resources',
        coDepartments: ['finance', 'housing'],
        units: ['330122', '330127'],
        supervised: true,
        investment: { planned: 270000, completed: null },
      });
      expect(kp.milestones.map((m) => [m.due, m.title, m.done])).toEqual([
        ['2025-06-30', '完成一半', '2025-06-28'],
        ['2025-12-31', '全部完成', null],
      ]);
      // Again, with one change: a milestone done and a new one.
      rows[0]![0] = 'KP-2025-001';
      rows[0]![12] =
        '2025-06-30 完成一半（完成 2025-06-28）\n2025-09-30 完成八成（完成 2025-06-29）\n2025-12-31 全部完成';
      const again = await importWorkItems(store.db, {
        table: await parseListFile('list2.xlsx', await xlsx(header, rows)),
        user: 'office',
        at: LATER,
      });
      expect(again).toMatchObject({ created: [], updated: ['KP-2025-001'], unchanged: ['MR-X'] });
      const after = await getWorkItem(store.db, 'KP-2025-001');
      expect(after.version).toBe(2);
      expect(after.milestones).toHaveLength(3);
      expect((await itemVersions(store.db, 'KP-2025-001'))[0]!.item.milestones).toHaveLength(2);
      const audit = await readAudit(store.db, { entity: 'work_item_list' });
      expect(audit.map((a) => a.entity_key)).toEqual(['list2.xlsx', 'list.xlsx']);
    });

    it('exports a list that imports back unchanged, as XLSX and CSV', async () => {
      for (const format of ['xlsx', 'csv'] as const) {
        const bytes = await exportWorkItems(store.db, { format });
        const r = await importWorkItems(store.db, {
          table: await parseListFile(`back.${format}`, bytes),
          user: 'office',
          dryRun: true,
        });
        expect(r).toMatchObject({
          created: [],
          updated: [],
          unchanged: ['KP-2025-001', 'MR-X'],
          warnings: [],
        });
      }
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await exportWorkItems(store.db)) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect((ws.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['编号', '清单', '事项名称']);
      expect((ws.getRow(2).values as unknown[]).slice(1, 4)).toEqual([
        'KP-2025-001',
        '重点项目',
        '供水管网延伸',
      ]);
      expect(wb.getWorksheet('readme')).toBeDefined();
    });

    it('exports formula-like titles safely and imports them back unchanged', async () => {
      const item = await createWorkItem(
        store.db,
        project({ title: { zh: '=SUM(A1) 城乡供水', en: '-1 pipes' }, start: '2025-01-01' }),
        'office',
        { at: AT },
      );
      for (const format of ['xlsx', 'csv'] as const) {
        const bytes = await exportWorkItems(store.db, { format });
        if (format === 'csv')
          expect(new TextDecoder().decode(bytes)).toContain("'=SUM(A1) 城乡供水");
        const r = await importWorkItems(store.db, {
          table: await parseListFile(`formulas.${format}`, bytes),
          user: 'office',
          dryRun: true,
        });
        expect(r.updated).toEqual([]);
        expect(r.unchanged).toContain(item.id);
      }
    });
  });

  describe(`the demo items on ${backend}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
      await initStore(store.db, await readBundle());
    });
    afterAll(async () => store?.close());

    it('cover every list, status and kind of lead department as of 2025-11-30', async () => {
      const items = await listWorkItems(store.db, { asOf: '2025-11-30' });
      expect(items).toHaveLength(37);
      expect(new Set(items.map((i) => i.list))).toEqual(new Set(WORK_LISTS));
      expect(new Set(items.map((i) => i.status.status))).toEqual(new Set(WORK_STATUSES));
      const kinds = new Map((await listDepartments(store.db)).map((d) => [d.id, d.kind]));
      expect(new Set(items.map((i) => kinds.get(i.leadDepartment)))).toEqual(
        new Set(['party', 'government', 'central', 'mass-organisation', 'enterprise']),
      );
      expect(items.filter((i) => i.status.escalated).map((i) => i.id)).toEqual([
        'KP-2025-005',
        'KP-2025-011',
        'MP-2025-002',
        'MR-2025-002',
      ]);
      expect(items.every((i) => i.source.startsWith('DEMO'))).toBe(true);
    });

    it('read linked indicators from the data', async () => {
      const ratio = await getWorkItem(store.db, 'KI-2025-001', { asOf: '2025-11-30' });
      expect(ratio.indicator).toEqual({
        unit: '330000',
        series: 'P1',
        period: '2025',
        value: 1.81,
      });
      expect(ratio.status.status).toBe('done');
      const villages = await getWorkItem(store.db, 'KI-2025-003', { asOf: '2025-11-30' });
      expect(villages.indicator?.value).toBe(88.6);
      expect(villages.status.rules.map((r) => r.code)).toEqual(['indicator-behind']);
    });

    it('are escalated and reported late, month by month', async () => {
      const at = async (asOf: string) =>
        (await getWorkItem(store.db, 'KP-2025-009', { asOf })).status;
      expect((await at('2025-11-10')).status).toBe('on-track');
      expect((await at('2025-11-11')).rules.map((r) => r.code)).toEqual(['late-report']);
    });

    it('sum investment by list and by city', async () => {
      const t = await investmentTotals(store.db, { asOf: '2025-11-30' });
      expect(t.byList.map((l) => l.list)).toEqual([...WORK_LISTS]);
      const kp = t.byList.find((l) => l.list === 'key-project')!;
      expect(kp.items).toBe(13);
      expect(kp.planned).toBe(20_958_000);
      expect(t.total.planned).toBe(kp.planned);
      expect(t.byList.find((l) => l.list === 'major-policy')).toEqual({
        list: 'major-policy',
        items: 0,
        planned: 0,
        completed: 0,
        share: null,
      });
      const hz = t.byCity.find((c) => c.city === '330100')!;
      expect(hz).toMatchObject({
        name: { zh: '杭州市', en: 'Hangzhou City' },
        items: 1,
        planned: 1_500_000,
      });
      expect(t.byCity.find((c) => c.city === '330000')!.items).toBe(3); // several cities or the whole province
      expect(t.byCity.reduce((a, c) => a + c.planned, 0)).toBe(t.total.planned);
      expect(t.total.share).toBeCloseTo((100 * t.total.completed) / t.total.planned, 12);
    });

    it('list the month’s overdue and at-risk items by lead department', async () => {
      const by = await overdueAndAtRiskByDepartment(store.db, '2025-11');
      const flat = by.map((d) => [
        d.department.id,
        d.overdue.map((i) => i.id),
        d.atRisk.map((i) => i.id),
        d.escalated,
        d.lateReports,
      ]);
      expect(flat).toEqual([
        ['organisation', [], ['KP-2025-011'], 1, 0],
        ['development-reform', ['MP-2025-002'], ['MP-2025-003', 'MR-2025-002'], 2, 0],
        ['education', [], ['MR-2025-005'], 0, 0],
        ['natural-resources', ['MR-2025-008'], [], 0, 0],
        ['housing', ['KP-2025-005'], ['KP-2025-009'], 1, 1],
        ['water-resources', [], ['KP-2025-003'], 0, 0],
        ['agriculture', [], ['KI-2025-003'], 0, 0],
        ['central-bank', [], ['MR-2025-007'], 0, 1],
      ]);
    });
  });
}
