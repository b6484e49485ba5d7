// The import template: headers of both layouts, drop-downs backed by the hidden lists sheet, the
// bilingual readme, and a filled-in copy that imports cleanly (and a wrongly filled one that does
// not) through the store's importer.

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework/schema.ts';
import type { Unit } from '../../src/core/geography/units.ts';
import { importTemplate, LONG_COLUMNS } from '../../src/export/template.ts';
import type { Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { storedUnits } from '../../src/store/geography.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { readObservations } from '../../src/store/observations.ts';
import { freshSqlite } from '../helpers/stores.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const headerOf = (ws: ExcelJS.Worksheet): string[] =>
  (ws.getRow(1).values as unknown[]).slice(1).map(String);

type Validations = Record<string, ExcelJS.DataValidation | undefined>;
const validations = (ws: ExcelJS.Worksheet): Validations =>
  (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

/** A column's values below the header on the lists sheet, up to the first empty cell. */
function listColumn(ws: ExcelJS.Worksheet, col: number): string[] {
  const out: string[] = [];
  for (let r = 2; ; r++) {
    const v = ws.getRow(r).getCell(col).value;
    if (v === null || v === undefined || v === '') return out;
    out.push(String(v));
  }
}

/** The cells a range like lists!$A$2:$A$103 covers, read from the workbook. */
function rangeValues(wb: ExcelJS.Workbook, ref: string): string[] {
  const m = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  expect(m, ref).not.toBeNull();
  const ws = wb.getWorksheet(m![1]!)!;
  const out: string[] = [];
  for (let r = Number(m![3]); r <= Number(m![5]); r++)
    out.push(String(ws.getCell(`${m![2]}${r}`).value));
  return out;
}

describe('import template', () => {
  let store: Store;
  let framework: Framework;
  let units: Unit[];
  const indicatorIds = (): string[] => [
    ...['C1', 'C2', 'C3', 'C4', 'V1', 'V2', 'V3', 'V4'],
    ...['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'P1', 'P2', 'P3', 'P4'],
  ];
  beforeEach(async () => {
    store = await freshSqlite();
    await initStore(store.db, await readBundle({ demo: false }));
    framework = (await getFramework(store.db)).framework;
    units = await storedUnits(store.db);
  });
  afterEach(async () => {
    await store.close();
  });

  it('long: the import header, drop-downs from the hidden lists sheet, text codes and periods', async () => {
    const wb = await load(await importTemplate(framework, units, { layout: 'long' }));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['data', 'readme', 'lists']);
    const data = wb.getWorksheet('data')!;
    const lists = wb.getWorksheet('lists')!;
    expect(lists.state).toBe('hidden');
    expect(headerOf(data)).toEqual([...LONG_COLUMNS]);
    expect(data.getColumn(1).numFmt).toBe('@');
    expect(data.getColumn(3).numFmt).toBe('@');

    const v = validations(data);
    const unitDv = v['A2']!;
    expect(unitDv.type).toBe('list');
    expect(v['A1001']).toEqual(unitDv);
    const unitCodes = rangeValues(wb, String(unitDv.formulae[0]));
    expect(unitCodes).toHaveLength(102);
    expect(unitCodes).toContain('330102');
    expect(unitCodes).toEqual(units.map((u) => u.code));
    // Codes are listed with both names.
    const k = unitCodes.indexOf('330102') + 2;
    expect(lists.getRow(k).getCell(2).value).toBe('上城区');
    expect(String(lists.getRow(k).getCell(3).value)).toMatch(/Shangcheng/);

    const ids = rangeValues(wb, String(v['B2']!.formulae[0]));
    expect(ids.slice(0, 18)).toEqual(indicatorIds());
    expect(ids).toEqual(expect.arrayContaining(['POP', 'POP_RURAL', 'INC_URBAN', 'INC_RURAL']));
    expect(listColumn(lists, 7)[0]).toBe('地区生产总值增速');
    expect(listColumn(lists, 8)[0]).toBe('GDP growth');

    expect(v['C2']!.type).toBe('textLength');
    expect(v['D2']!.type).toBe('decimal');
    expect(rangeValues(wb, String(v['E2']!.formulae[0]))).toEqual([
      'provisional',
      'final',
      'estimated',
    ]);
    // Only the header: nothing to import until filled in.
    expect(data.actualRowCount).toBe(1);
  });

  it('wide: unit, name, period and one column per indicator and series, each range-checked', async () => {
    const wb = await load(
      await importTemplate(framework, units, { layout: 'wide', period: '2025' }),
    );
    const data = wb.getWorksheet('data')!;
    const header = headerOf(data);
    expect(header.slice(0, 3)).toEqual(['unit', 'name', 'period']);
    expect(header.slice(3, 21)).toEqual(indicatorIds());
    expect(header.slice(21)).toEqual(['POP', 'POP_RURAL', 'ELDERLY', 'INC_URBAN', 'INC_RURAL']);
    // Pre-filled: the 90 county-level units of 2025, period filled, values blank.
    expect(data.actualRowCount).toBe(91);
    expect(data.getRow(2).getCell(1).value).toBe('330102');
    expect(data.getRow(2).getCell(2).value).toBe('上城区');
    expect(data.getRow(2).getCell(3).value).toBe('2025');
    const v = validations(data);
    const c1 = v[`D2`]!;
    expect(c1).toMatchObject({ type: 'decimal', operator: 'between', formulae: [-30, 50] });
    expect(c1.error).toMatch(/-30.*50/);
    expect(v['A2']!.type).toBe('list');
  });

  it('has a readme in Chinese and English: columns, period forms, units and plausible ranges', async () => {
    const wb = await load(await importTemplate(framework, units, { layout: 'long' }));
    const text: string[] = [];
    wb.getWorksheet('readme')!.eachRow((row) =>
      row.eachCell((cell) => void text.push(String(cell.value))),
    );
    const all = text.join('\n');
    for (const s of ['数据导入模板', 'Data import template', '2025Q3-ytd', '2025-09', '期别格式'])
      expect(all).toContain(s);
    expect(all).toContain('Period formats');
    expect(all).toContain('-30 – 50');
    expect(all).toContain('越低越好 / lower is better');
    // A denominated indicator says that its value is the numerator.
    expect(all).toMatch(/填写分子.*POP/);
    expect(all).toMatch(/numerator.*POP/);
  });

  it('a filled-in copy imports cleanly, in either layout', async () => {
    const long = await load(await importTemplate(framework, units, { layout: 'long' }));
    const ws = long.getWorksheet('data')!;
    ws.addRow(['330102', 'C1', '2025', 6.1, 'final', '上城区统计局', '']);
    ws.addRow(['330105', 'P2', '2025Q3-ytd', 52000, 'provisional', '', 'Q1–Q3']);
    ws.addRow(['330105', 'POP', '2025', 45.2, '', '', '']);
    const r = await importFile(store.db, {
      fileName: 'long.xlsx',
      bytes: await save(long),
      user: 'analyst',
      framework,
    });
    expect(r).toMatchObject({ outcome: 'applied', rows: 3, added: 3, revised: 0, warnings: [] });

    const wide = await load(
      await importTemplate(framework, units, { layout: 'wide', period: '2024' }),
    );
    const w = wide.getWorksheet('data')!;
    const header = headerOf(w);
    w.getRow(2).getCell(header.indexOf('C1') + 1).value = 5.5;
    w.getRow(2).getCell(header.indexOf('P1') + 1).value = 1.62;
    w.getRow(3).getCell(header.indexOf('C3') + 1).value = 88;
    const r2 = await importFile(store.db, {
      fileName: 'wide.xlsx',
      bytes: await save(wide),
      user: 'analyst',
      framework,
    });
    expect(r2).toMatchObject({ outcome: 'applied', rows: 3, added: 3 });
    const stored = await readObservations(store.db, { periods: ['2024', '2025', '2025Q3-ytd'] });
    expect(stored.map((o) => `${o.unit} ${o.series} ${o.period} ${o.value}`).sort()).toEqual([
      '330102 C1 2024 5.5',
      '330102 C1 2025 6.1',
      '330102 P1 2024 1.62',
      '330105 C3 2024 88',
      '330105 P2 2025Q3-ytd 52000',
      '330105 POP 2025 45.2',
    ]);
  });

  it('an untouched pre-filled template refuses no row, and is refused whole for having no values', async () => {
    const bytes = await importTemplate(framework, units, { layout: 'long', period: '2025' });
    const r = importFile(store.db, {
      fileName: 'empty.xlsx',
      bytes,
      user: 'analyst',
      framework,
      dryRun: true,
    });
    // No row is wrong, but a file without a value would be an empty import (docs/SECURITY.md).
    await expect(r).rejects.toMatchObject({ code: 'data.no-rows', details: [] });
    await expect(r).rejects.toThrow(/^empty\.xlsx: no rows/);
  });

  it('a wrongly filled copy is refused row by row', async () => {
    const wb = await load(await importTemplate(framework, units, { layout: 'long' }));
    const ws = wb.getWorksheet('data')!;
    ws.addRow(['999999', 'C1', '2025', 1]);
    ws.addRow(['330102', 'C9', '2025', 1]);
    ws.addRow(['330102', 'C1', '2025', 99]);
    await expect(
      importFile(store.db, {
        fileName: 'bad.xlsx',
        bytes: await save(wb),
        user: 'analyst',
        framework,
      }),
    ).rejects.toMatchObject({
      details: [
        'row 2, column unit: unknown unit "999999"',
        'row 3, column indicator: unknown indicator or series "C9"',
        'row 4, column value: 99 is outside the plausible range of C1 [-30, 50]',
      ],
    });
  });

  it('refuses a period that is not one', async () => {
    await expect(
      importTemplate(framework, units, { layout: 'wide', period: '2025-13' }),
    ).rejects.toMatchObject({ code: 'template.period' });
  });
});
