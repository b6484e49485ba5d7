// Turns a table (long or wide layout, or COINr's iData) into a dataset, checking every row.

import { datasetFromObservations, type Dataset, type Observation } from '../core/data/dataset.ts';
import { tryParsePeriod } from '../core/data/period.ts';
import { GapscopeError } from '../core/errors.ts';
import type { Table } from './table.ts';

/** How to read a data table. */
export interface ReadDataOptions {
  /** Series the data may carry (indicators and other series of the framework). */
  series: Set<string>;
  /** When given, a unit outside it is an error. */
  knownUnits?: Set<string>;
  /** Columns of a wide table that are unit attributes (COINr's Group columns). */
  attributeColumns?: string[];
  /** The period of a wide table without a period column. */
  period?: string;
}

/** The dataset and the names found beside the codes. */
export interface ReadData {
  dataset: Dataset;
  names: Map<string, string>;
  layout: 'long' | 'wide';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const UNIT_COLS = ['unit', 'uCode', 'code'];
const NAME_COLS = ['name', 'uName', 'unit_name'];
const PERIOD_COLS = ['period', 'Time', 'year'];
const MAX_REPORTED = 50;

class Problems {
  list: string[] = [];
  add(row: number, column: string, message: string): void {
    this.list.push(`row ${row}, column ${column}: ${message}`);
  }
  throwIfAny(file: string): void {
    if (!this.list.length) return;
    const shown = this.list.slice(0, MAX_REPORTED);
    const more =
      this.list.length > MAX_REPORTED ? `\n  … and ${this.list.length - MAX_REPORTED} more` : '';
    throw new GapscopeError(
      'data.invalid',
      `${this.list.length} problem${this.list.length === 1 ? '' : 's'} in the data; nothing was read:\n  ${shown.join('\n  ')}${more}`,
      { file },
      this.list,
    );
  }
}

function number(text: string, row: number, column: string, problems: Problems): number {
  if (NUMBER.test(text)) return Number(text);
  const hint = /^[\d,，\s.]+$/.test(text) ? ' (remove thousands separators)' : '';
  problems.add(row, column, `"${text}" is not a number${hint}`);
  return NaN;
}

function find(header: string[], names: string[]): number {
  return header.findIndex((h) => names.includes(h));
}

/** Reads a data table; every problem is collected and reported with its row and column. */
export function readData(table: Table, opts: ReadDataOptions): ReadData {
  const { header, rows, file } = table;
  const problems = new Problems();
  const unitCol = find(header, UNIT_COLS);
  if (unitCol < 0) {
    throw new GapscopeError(
      'data.no-unit-column',
      `no unit column: expected one of ${UNIT_COLS.join(', ')}; found ${header.join(', ')}`,
      { file },
    );
  }
  const checkUnit = (code: string, row: number): boolean => {
    if (!code) problems.add(row, header[unitCol]!, 'no unit code');
    else if (opts.knownUnits && !opts.knownUnits.has(code))
      problems.add(row, header[unitCol]!, `unknown unit "${code}"`);
    else return true;
    return false;
  };
  const checkPeriod = (text: string, row: number, column: string): boolean => {
    if (tryParsePeriod(text)) return true;
    problems.add(row, column, `"${text}" is not a period (2025, 2025Q3, 2025Q3-ytd or 2025-09)`);
    return false;
  };
  const names = new Map<string, string>();
  const obs: Observation[] = [];
  const seen = new Map<string, number>();
  const push = (o: Observation, row: number, column: string): void => {
    const key = `${o.unit}\u0000${o.series}\u0000${o.period}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.add(
        row,
        column,
        `duplicate: unit ${o.unit}, ${o.series}, ${o.period} is also in row ${first}`,
      );
    else seen.set(key, row);
    obs.push(o);
  };
  const nameCol = find(header, NAME_COLS);
  const seriesCol = find(header, ['indicator', 'series', 'iCode']);
  const valueCol = find(header, ['value', 'Value']);
  const attrs: Record<string, Map<string, string>> = {};

  if (seriesCol >= 0 && valueCol >= 0) {
    const periodCol = find(header, PERIOD_COLS);
    if (periodCol < 0)
      throw new GapscopeError('data.no-period-column', 'a long table needs a period column', {
        file,
      });
    rows.forEach((cells, k) => {
      const row = k + 2;
      const unit = cells[unitCol]!;
      const series = cells[seriesCol]!;
      const period = cells[periodCol]!;
      const text = cells[valueCol]!;
      const okUnit = checkUnit(unit, row);
      if (!opts.series.has(series))
        problems.add(row, header[seriesCol]!, `unknown indicator or series "${series}"`);
      const okPeriod = checkPeriod(period, row, header[periodCol]!);
      if (nameCol >= 0 && cells[nameCol]) names.set(unit, cells[nameCol]!);
      if (text === '') return;
      const value = number(text, row, header[valueCol]!, problems);
      if (okUnit && okPeriod && opts.series.has(series) && value === value) {
        push({ unit, series, period: tryParsePeriod(period)!.code, value }, row, header[valueCol]!);
      }
    });
    problems.throwIfAny(file);
    return { dataset: datasetFromObservations(obs), names, layout: 'long' };
  }

  // Wide: one column per series; other text columns are unit attributes.
  const periodCol = find(header, PERIOD_COLS);
  if (periodCol < 0 && !opts.period) {
    throw new GapscopeError(
      'data.no-period',
      'a wide table needs a period column (period or Time) or a period given with it',
      { file },
    );
  }
  const attrCols = new Set(opts.attributeColumns ?? []);
  const valueCols: number[] = [];
  header.forEach((h, c) => {
    if (c === unitCol || c === nameCol || c === periodCol) return;
    if (opts.series.has(h) && !attrCols.has(h)) valueCols.push(c);
    else if (attrCols.has(h) || rows.every((r) => r[c] === '' || !NUMBER.test(r[c]!)))
      attrs[h] = new Map();
    else problems.add(1, h, `unknown indicator or series "${h}"`);
  });
  const rowUnits: string[] = [];
  rows.forEach((cells, k) => {
    const row = k + 2;
    const unit = cells[unitCol]!;
    if (!checkUnit(unit, row)) return;
    if (!rowUnits.includes(unit)) rowUnits.push(unit);
    const periodText = periodCol >= 0 ? cells[periodCol]! : opts.period!;
    if (!checkPeriod(periodText, row, periodCol >= 0 ? header[periodCol]! : 'period')) return;
    const period = tryParsePeriod(periodText)!.code;
    if (nameCol >= 0 && cells[nameCol]) names.set(unit, cells[nameCol]!);
    for (const [name, map] of Object.entries(attrs)) {
      const v = cells[header.indexOf(name)]!;
      if (v !== '') map.set(unit, v);
    }
    for (const c of valueCols) {
      const text = cells[c]!;
      if (text === '' || text === 'NA') continue;
      const value = number(text, row, header[c]!, problems);
      if (value === value) push({ unit, series: header[c]!, period, value }, row, header[c]!);
    }
  });
  problems.throwIfAny(file);
  const dataset = datasetFromObservations(obs, { units: rowUnits });
  for (const [name, map] of Object.entries(attrs))
    dataset.attrs[name] = dataset.units.map((u) => map.get(u) ?? null);
  return { dataset, names, layout: 'wide' };
}
