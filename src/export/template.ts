// The data-import template: an XLSX whose first sheet has the import layout's header (long or
// wide) with drop-down lists for unit codes, indicator ids and statuses, a bilingual readme, and
// the lists themselves on a hidden sheet. A filled-in copy imports as it is.

import type { DataValidation, Worksheet } from 'exceljs';
import { tryParsePeriod } from '../core/data/period.ts';
import { GapscopeError } from '../core/errors.ts';
import type { Framework } from '../core/framework/schema.ts';
import { isValidOn, periodEnd, type Unit } from '../core/geography/units.ts';
import { STATUSES } from '../core/data/stored.ts';
import { neutralise } from '../core/text/csv.ts';
import { fill } from '../core/text/format.ts';
import { both, en, entries, writeReadme, zh, type Entry, type Text } from './template-readme.ts';

export type TemplateLayout = 'long' | 'wide';

/** How to lay out the template. */
export interface TemplateOptions {
  layout: TemplateLayout;
  /**
   * With a period, the data sheet is pre-filled for it: one row per unit of the framework's
   * compared level (wide), or per unit and series (long), with the values left blank.
   */
  period?: string;
}

/** The long layout's columns, in order (the names `ingest/data.ts` reads). */
export const LONG_COLUMNS = [
  'unit',
  'indicator',
  'period',
  'value',
  'status',
  'source',
  'note',
] as const;

/** Rows below the header that carry the drop-downs, beyond any pre-filled ones. */
const SPARE_ROWS = 1000;

/** The column letter of a 1-based column number. */
function letter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The import template of `framework` as XLSX bytes: sheet `data` (the import layout's header,
 * drop-downs for unit codes from `units`, indicator ids and statuses, a plausible-range check per
 * wide column, unit codes and periods kept as text), `readme` (columns, period formats, rules,
 * every indicator's unit of measure and plausible range, in Chinese and English) and `lists`
 * (hidden: the drop-downs' codes with their zh/en names).
 */
export async function importTemplate(
  framework: Framework,
  units: readonly Unit[],
  opts: TemplateOptions,
): Promise<Uint8Array> {
  if (opts.period !== undefined && !tryParsePeriod(opts.period)) {
    throw new GapscopeError(
      'template.period',
      `"${opts.period}" is not a period: expected 2025, 2025Q3, 2025Q3-ytd or 2025-09`,
      { path: 'period' },
    );
  }
  const series = entries(framework);
  // Loaded on first use: exceljs is slow to load, and a server may never hand out a template.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gapscope';
  // The import reads the first sheet: the data sheet comes first.
  const data = wb.addWorksheet('data', { views: [{ state: 'frozen', ySplit: 1 }] });
  const readme = wb.addWorksheet('readme');
  const lists = wb.addWorksheet('lists', { state: 'hidden' });

  const ranges = writeLists(lists, units, series);
  const prefill = opts.period ? rowsFor(framework, units, opts.period) : [];
  if (opts.layout === 'long') writeLong(data, series, prefill, opts.period, ranges);
  else writeWide(data, series, prefill, opts.period, ranges);
  writeReadme(readme, framework, series, opts);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The units a pre-filled sheet has rows for: those of the compared level valid at the period's end. */
function rowsFor(framework: Framework, units: readonly Unit[], period: string): Unit[] {
  const level = framework.gaps?.level ?? 'county';
  const end = periodEnd(period);
  const at = units.filter((u) => u.level === level && isValidOn(u, end));
  return at.length ? at : units.filter((u) => isValidOn(u, end));
}

interface ListRanges {
  unit: string;
  series: string;
  status: string;
}

function writeLists(ws: Worksheet, units: readonly Unit[], series: Entry[]): ListRanges {
  ws.getRow(1).values = [
    'unit',
    'name_zh',
    'name_en',
    'level',
    '',
    'indicator',
    'name_zh',
    'name_en',
    'unit_of_measure',
    '',
    'status',
    'status_zh',
  ];
  ws.getRow(1).font = { bold: true };
  units.forEach((u, i) => {
    const r = ws.getRow(i + 2);
    r.getCell(1).value = u.code;
    r.getCell(2).value = neutralise(u.name.zh);
    r.getCell(3).value = neutralise(u.name.en);
    r.getCell(4).value = u.level;
  });
  series.forEach((s, i) => {
    const r = ws.getRow(i + 2);
    r.getCell(6).value = s.id;
    r.getCell(7).value = neutralise(s.name.zh);
    r.getCell(8).value = neutralise(s.name.en ?? s.name.zh);
    r.getCell(9).value = neutralise(s.unit);
  });
  STATUSES.forEach((s, i) => {
    const r = ws.getRow(i + 2);
    r.getCell(11).value = s;
    r.getCell(12).value = zh(s);
  });
  for (const [col, width] of [
    [1, 10],
    [2, 18],
    [3, 28],
    [6, 12],
    [7, 30],
    [8, 50],
    [9, 16],
    [11, 12],
  ] as const)
    ws.getColumn(col).width = width;
  const last = (n: number): number => Math.max(2, n + 1);
  return {
    unit: `lists!$A$2:$A$${last(units.length)}`,
    series: `lists!$F$2:$F$${last(series.length)}`,
    status: `lists!$K$2:$K$${last(STATUSES.length)}`,
  };
}

/** Adds a validation to a column's data rows. */
function validate(ws: Worksheet, col: number, rows: number, v: DataValidation): void {
  // exceljs keeps range validations in a model its types do not declare; it writes them as one
  // <dataValidation sqref="A2:A1001"> each.
  const dv = (ws as unknown as { dataValidations: { add(a: string, v: DataValidation): void } })
    .dataValidations;
  dv.add(`${letter(col)}2:${letter(col)}${rows + 1}`, {
    allowBlank: true,
    showErrorMessage: true,
    showInputMessage: true,
    errorStyle: 'stop',
    ...v,
  });
}

const listCheck = (range: string, prompt: Text, error: Text): DataValidation => ({
  type: 'list',
  formulae: [range],
  prompt: both(prompt),
  errorTitle: 'gapscope',
  error: both(error),
});

function headerRow(ws: Worksheet, names: string[], notes: Map<string, string>): void {
  ws.getRow(1).values = names;
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  names.forEach((n, i) => {
    const note = notes.get(n);
    if (note) ws.getRow(1).getCell(i + 1).note = note;
  });
}

function periodCheck(): DataValidation {
  // Text of 4 to 10 characters: the forms 2025 … 2025Q3-ytd; the import checks the form itself.
  return {
    type: 'textLength',
    operator: 'between',
    formulae: [4, 10],
    prompt: both('prompt.period'),
    errorTitle: 'gapscope',
    error: both('prompt.period'),
  };
}

function writeLong(
  ws: Worksheet,
  series: Entry[],
  units: Unit[],
  period: string | undefined,
  ranges: ListRanges,
): void {
  const notes = new Map<string, string>([
    ['unit', `${zh('column.unit')}\n${en('column.unit')}`],
    ['indicator', `${zh('column.indicator')}\n${en('column.indicator')}`],
    ['period', `${zh('column.period')}: ${en('prompt.period')}`],
    ['value', `${zh('column.value')}\n${en('column.value')}`],
    ['status', `${zh('column.status')}\n${en('column.status')}`],
    ['source', `${zh('column.source')}\n${en('column.source')}`],
    ['note', `${zh('column.note')}\n${en('column.note')}`],
  ]);
  headerRow(ws, [...LONG_COLUMNS], notes);
  let r = 2;
  for (const u of units) {
    for (const s of series) {
      const row = ws.getRow(r++);
      row.getCell(1).value = u.code;
      row.getCell(2).value = s.id;
      row.getCell(3).value = period ?? '';
    }
  }
  const rows = r - 2 + SPARE_ROWS;
  for (const c of [1, 2, 3]) ws.getColumn(c).numFmt = '@';
  ws.columns.forEach((col, i) => (col.width = [10, 12, 12, 14, 12, 30, 30][i] ?? 12));
  validate(ws, 1, rows, listCheck(ranges.unit, 'prompt.unit', 'error.unit'));
  validate(ws, 2, rows, listCheck(ranges.series, 'prompt.indicator', 'error.indicator'));
  validate(ws, 3, rows, periodCheck());
  validate(ws, 4, rows, {
    type: 'decimal',
    operator: 'between',
    formulae: [-1e15, 1e15],
    prompt: both('column.value').slice(0, 250),
    errorTitle: 'gapscope',
    error: both('error.number'),
  });
  validate(ws, 5, rows, {
    type: 'list',
    formulae: [ranges.status],
    prompt: both('prompt.status'),
    errorTitle: 'gapscope',
    error: both('error.status'),
  });
}

function writeWide(
  ws: Worksheet,
  series: Entry[],
  units: Unit[],
  period: string | undefined,
  ranges: ListRanges,
): void {
  const names = ['unit', 'name', 'period', ...series.map((s) => s.id)];
  const notes = new Map<string, string>([
    ['unit', `${zh('column.unit')}\n${en('column.unit')}`],
    ['name', `${zh('column.name')}\n${en('column.name')}`],
    ['period', `${zh('column.period')}: ${en('prompt.period')}`],
  ]);
  for (const s of series)
    notes.set(s.id, `${s.name.zh}\n${s.name.en ?? ''}\n${s.unit}`.replace(/\n+$/, ''));
  headerRow(ws, names, notes);
  units.forEach((u, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = u.code;
    row.getCell(2).value = neutralise(u.name.zh);
    row.getCell(3).value = period ?? '';
  });
  const rows = units.length + SPARE_ROWS;
  for (const c of [1, 2, 3]) ws.getColumn(c).numFmt = '@';
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 12;
  validate(ws, 1, rows, listCheck(ranges.unit, 'prompt.unit', 'error.unit'));
  validate(ws, 3, rows, periodCheck());
  series.forEach((s, i) => {
    const col = i + 4;
    ws.getColumn(col).width = Math.max(8, s.id.length + 2);
    const range = s.indicator?.plausible;
    const den = s.indicator?.denominator;
    // A denominated indicator's stored value is its numerator (see the readme).
    const prompt = (
      den ? `${s.name.zh}：${zh('numerator.short')}（÷ ${den.series}）` : `${s.name.zh} (${s.unit})`
    ).slice(0, 250);
    validate(
      ws,
      col,
      rows,
      range
        ? {
            type: 'decimal',
            operator: 'between',
            formulae: [range[0], range[1]],
            prompt,
            errorTitle: 'gapscope',
            error: `${fill(zh('error.range'), { lo: range[0], hi: range[1] })} / ${fill(en('error.range'), { lo: range[0], hi: range[1] })}`,
          }
        : {
            type: 'decimal',
            operator: 'between',
            formulae: [-1e15, 1e15],
            prompt,
            errorTitle: 'gapscope',
            error: both('error.number'),
          },
    );
  });
}
