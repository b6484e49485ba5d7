// Reading data tables: long and wide layouts, encodings, XLSX, and row-by-row errors.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../src/ingest/data.ts';
import { parseCsv, readTable } from '../../src/ingest/table.ts';
import { decodeText } from '../../src/ingest/text.ts';

const series = new Set(['A', 'B']);
const dir = mkdtempSync(join(tmpdir(), 'gapscope-data-'));

describe('readData', () => {
  it('reads the long layout', () => {
    const t = parseCsv(
      'unit,indicator,period,value\nX,A,2024,1.5\nX,B,2024,\nY,A,2023,2e3\n',
      'd.csv',
    );
    const { dataset, layout } = readData(t, { series });
    expect(layout).toBe('long');
    expect(dataset.periods).toEqual(['2023', '2024']);
    expect(dataset.values[1]![dataset.series.indexOf('A')]![0]).toBe(1.5);
    expect(dataset.values[0]![dataset.series.indexOf('A')]![1]).toBe(2000);
  });

  it('reads the wide layout with attribute columns', () => {
    const t = parseCsv('uCode,uName,Time,grp,A,B\nX,Ex,2024,g1,1,2\nY,Why,2024,g2,3,\n', 'w.csv');
    const { dataset, names } = readData(t, { series });
    expect(dataset.units).toEqual(['X', 'Y']);
    expect(dataset.attrs.grp).toEqual(['g1', 'g2']);
    expect(names.get('Y')).toBe('Why');
    expect(dataset.values[0]![dataset.series.indexOf('B')]![1]).toBeNaN();
  });

  it('reports every bad row with row and column, and reads nothing', () => {
    const t = parseCsv(
      'unit,indicator,period,value\nX,A,2024,1\nX,Q,2024,1\nX,A,24,1\nX,B,2024,abc\nX,A,2024,2\nZ,B,2024,"1,234"\n',
      'bad.csv',
    );
    let message = '';
    try {
      readData(t, { series, knownUnits: new Set(['X']) });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/bad\.csv: 6 problems/);
    expect(message).toMatch(/row 3, column indicator: unknown indicator or series "Q"/);
    expect(message).toMatch(/row 4, column period: "24" is not a period/);
    expect(message).toMatch(/row 5, column value: "abc" is not a number/);
    expect(message).toMatch(/row 6, column value: duplicate: unit X, A, 2024 is also in row 2/);
    expect(message).toMatch(/row 7, column unit: unknown unit "Z"/);
    expect(message).toMatch(/"1,234" is not a number \(remove thousands separators\)/);
  });

  it('rejects an unknown numeric column in the wide layout', () => {
    const t = parseCsv('unit,period,A,Zed\nX,2024,1,2\n', 'w.csv');
    expect(() => readData(t, { series })).toThrow(/column Zed: unknown indicator or series "Zed"/);
  });

  it('needs a unit column', () => {
    expect(() => readData(parseCsv('who,A\nX,1\n', 'w.csv'), { series })).toThrow(/no unit column/);
  });
});

describe('encodings and files', () => {
  it('decodes UTF-8 with a BOM and GB18030', () => {
    const text = 'unit,name\n330102,上城区\n';
    expect(decodeText(new TextEncoder().encode('\uFEFF' + text))).toBe(text);
    // 上城区 in GB18030 (= GBK for these characters): C9 CF B3 C7 C7 F8
    const gbk = Uint8Array.from([
      ...new TextEncoder().encode('unit,name\n330102,'),
      0xc9,
      0xcf,
      0xb3,
      0xc7,
      0xc7,
      0xf8,
      0x0a,
    ]);
    expect(decodeText(gbk)).toBe(text);
  });

  it('reads an XLSX file like its CSV', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('data');
    ws.addRow(['unit', 'indicator', 'period', 'value']);
    ws.addRow(['330102', 'A', '2024', 0.1 + 0.2]);
    const path = join(dir, 'd.xlsx');
    await wb.xlsx.writeFile(path);
    const t = await readTable(path);
    expect(t.rows).toEqual([['330102', 'A', '2024', String(0.1 + 0.2)]]);
    const { dataset } = readData(t, { series });
    expect(dataset.values[0]![0]![0]).toBe(0.1 + 0.2);
  });

  it('refuses an unknown file type and a broken XLSX', async () => {
    writeFileSync(join(dir, 'x.pdf'), 'x');
    await expect(readTable(join(dir, 'x.pdf'))).rejects.toThrow(/unsupported file type/);
    writeFileSync(join(dir, 'broken.xlsx'), 'not a zip');
    await expect(readTable(join(dir, 'broken.xlsx'))).rejects.toThrow(
      /broken\.xlsx: not a readable XLSX/,
    );
  });
});
