// Turns a table (long or wide layout, or COINr's iData) into observations and a dataset,
// checking every row and collecting every problem before anything is used.

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

/** An observation with where it came from and the long layout's optional columns. */
export interface RowObservation extends Observation {
  row: number;
  column: string;
  status?: string;
  source?: string;
  note?: string;
  /** The unit of measure the file states for the value, if it has a column for it. */
  measure?: string;
}

/** Everything read from a table, problems included. */
export interface ReadObservations {
  observations: RowObservation[];
  problems: Problems;
  /** Units in the order they first appear. */
  units: string[];
  names: Map<string, string>;
  attrs: Record<string, Map<string, string>>;
  layout: 'long' | 'wide';
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

/** Problems found in a file, each with its row and column. */
export class Problems {
  list: string[] = [];
  add(row: number, column: string, message: string): void {
    this.list.push(`row ${row}, column ${column}: ${message}`);
  }
  /** Throws one error listing every problem (the first 50 in the message, all in `details`). */
  throwIfAny(file: string, what = 'nothing was read'): void {
    if (!this.list.length) return;
    const shown = this.list.slice(0, MAX_REPORTED);
    const more =
      this.list.length > MAX_REPORTED ? `\n  … and ${this.list.length - MAX_REPORTED} more` : '';
    throw new GapscopeError(
      'data.invalid',
      `${this.list.length} problem${this.list.length === 1 ? '' : 's'} in the data; ${what}:\n  ${shown.join('\n  ')}${more}`,
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

/** Reads a table's observations, checking units, series, periods, numbers and duplicate keys. */
export function readObservations(table: Table, opts: ReadDataOptions): ReadObservations {
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
    else if (opts.knownUnits && !opts.knownUnits.has(code)) {
      problems.add(row, header[unitCol]!, `unknown unit "${code}"`);
    } else return true;
    return false;
  };
  const checkPeriod = (text: string, row: number, column: string): boolean => {
    if (tryParsePeriod(text)) return true;
    problems.add(row, column, `"${text}" is not a period (2025, 2025Q3, 2025Q3-ytd or 2025-09)`);
    return false;
  };
  const names = new Map<string, string>();
  const observations: RowObservation[] = [];
  const units: string[] = [];
  const seenUnits = new Set<string>();
  const noteUnit = (u: string): void => {
    if (!seenUnits.has(u)) {
      seenUnits.add(u);
      units.push(u);
    }
  };
  const seen = new Map<string, number>();
  const push = (o: RowObservation): void => {
    const key = `${o.unit}\u0000${o.series}\u0000${o.period}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(
        o.row,
        o.column,
        `duplicate: unit ${o.unit}, ${o.series}, ${o.period} is also in row ${first}`,
      );
    } else seen.set(key, o.row);
    observations.push(o);
  };
  const nameCol = find(header, NAME_COLS);
  const seriesCol = find(header, ['indicator', 'series', 'iCode']);
  const valueCol = find(header, ['value', 'Value']);
  const attrs: Record<string, Map<string, string>> = {};

  if (seriesCol >= 0 && valueCol >= 0) {
    const periodCol = find(header, PERIOD_COLS);
    if (periodCol < 0) {
      throw new GapscopeError('data.no-period-column', 'a long table needs a period column', {
        file,
      });
    }
    const optional = (names: string[]): number => find(header, names);
    const statusCol = optional(['status']);
    const sourceCol = optional(['source']);
    const noteCol = optional(['note']);
    const measureCol = optional(['measure', 'unit_of_measure']);
    rows.forEach((cells, k) => {
      const row = k + 2;
      const unit = cells[unitCol]!;
      const series = cells[seriesCol]!;
      const period = cells[periodCol]!;
      const text = cells[valueCol]!;
      const okUnit = checkUnit(unit, row);
      if (okUnit) noteUnit(unit);
      const okSeries = opts.series.has(series);
      if (!okSeries)
        problems.add(row, header[seriesCol]!, `unknown indicator or series "${series}"`);
      const okPeriod = checkPeriod(period, row, header[periodCol]!);
      if (nameCol >= 0 && cells[nameCol]) names.set(unit, cells[nameCol]!);
      if (text === '') return;
      const value = number(text, row, header[valueCol]!, problems);
      if (okUnit && okPeriod && okSeries && value === value) {
        const o: RowObservation = {
          unit,
          series,
          period: tryParsePeriod(period)!.code,
          value,
          row,
          column: header[valueCol]!,
        };
        if (statusCol >= 0 && cells[statusCol]) o.status = cells[statusCol];
        if (sourceCol >= 0 && cells[sourceCol]) o.source = cells[sourceCol];
        if (noteCol >= 0 && cells[noteCol]) o.note = cells[noteCol];
        if (measureCol >= 0 && cells[measureCol]) o.measure = cells[measureCol];
        push(o);
      }
    });
    return { observations, problems, units, names, attrs, layout: 'long' };
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
    else if (attrCols.has(h) || rows.every((r) => r[c] === '' || !NUMBER.test(r[c]!))) {
      attrs[h] = new Map();
    } else problems.add(1, h, `unknown indicator or series "${h}"`);
  });
  rows.forEach((cells, k) => {
    const row = k + 2;
    const unit = cells[unitCol]!;
    if (!checkUnit(unit, row)) return;
    noteUnit(unit);
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
      if (value === value)
        push({ unit, series: header[c]!, period, value, row, column: header[c]! });
    }
  });
  return { observations, problems, units, names, attrs, layout: 'wide' };
}

/** Reads a data table into a dataset; any problem is an error listing them all. */
export function readData(table: Table, opts: ReadDataOptions): ReadData {
  const r = readObservations(table, opts);
  r.problems.throwIfAny(table.file);
  const dataset = datasetFromObservations(r.observations, { units: r.units });
  for (const [name, map] of Object.entries(r.attrs)) {
    dataset.attrs[name] = dataset.units.map((u) => map.get(u) ?? null);
  }
  return { dataset, names: r.names, layout: r.layout };
}
