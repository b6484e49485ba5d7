// Exported tables: formula-injection-safe cells in CSV and XLSX, Chinese text intact.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/core/text/csv.ts';
import { writeTable } from '../../src/export/table.ts';

describe('formula injection', () => {
  it('neutralises text starting with = + - @ but leaves numbers and plain text', () => {
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralise('+1+1')).toBe("'+1+1");
    expect(neutralise('-2+3')).toBe("'-2+3");
    expect(neutralise('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutralise('-3.5')).toBe('-3.5');
    expect(neutralise('上城区')).toBe('上城区');
  });

  it('CSV quotes and neutralises; numbers keep full precision', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['=1+1', 0.1 + 0.2],
          ['x,"y"', null],
        ],
      ),
    ).toBe('a,b\n\'=1+1,0.30000000000000004\n"x,""y""",\n');
  });

  it('XLSX cells come back as neutralised text and exact numbers', async () => {
    const bytes = await writeTable(
      'xlsx',
      ['unit', 'value'],
      [
        ['=cmd|calc', 1 / 3],
        ['钱塘区', -2],
      ],
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(2).getCell(1).value).toBe("'=cmd|calc");
    expect(ws.getRow(2).getCell(2).value).toBe(1 / 3);
    expect(ws.getRow(3).getCell(1).value).toBe('钱塘区');
  });

  it('CSV starts with a BOM so spreadsheets read it as UTF-8', async () => {
    const bytes = await writeTable('csv', ['name'], [['上城区']]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
