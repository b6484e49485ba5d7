import { describe, expect, it } from 'vitest';
import { safeName, toCsv } from '../../src/charts/csv.ts';

describe('toCsv', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    const csv = toCsv({
      header: ['名称', 'value'],
      rows: [
        ['=HYPERLINK("x")', 1.5],
        ['+1 a', -2],
        ['a,b', null],
        ['@SUM(A1)', Number.NaN],
      ],
    });
    expect(csv.split('\n')).toEqual([
      '名称,value',
      `"'=HYPERLINK(""x"")",1.5`,
      "'+1 a,-2",
      '"a,b",',
      "'@SUM(A1),",
      '',
    ]);
  });

  it('leaves numbers written as text alone', () => {
    expect(toCsv({ header: ['x'], rows: [['-1.5']] })).toBe('x\n-1.5\n');
  });
});

describe('safeName', () => {
  it('removes path separators and reserved characters', () => {
    expect(safeName('a/b:c*?.csv')).toBe('a-b-c-.csv');
    expect(safeName('   ')).toBe('chart');
  });
});
