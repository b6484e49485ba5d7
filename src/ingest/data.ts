// Turns a table (long or wide layout, or COINr's iData) into observations and a dataset,
// checking every row and collecting every problem before anything is used.

import { datasetFromObservations, type Dataset } from '../core/data/dataset.ts';
import { tryParsePeriod } from '../core/data/period.ts';
import { GapscopeError } from '../core/errors.ts';
import { unneutralise } from '../core/text/csv.ts';
import { cut, numberProblem, Problems, quote } from '../core/data/problems.ts';
import type { RowObservation, Table } from '../core/data/table.ts';
import { isDecimal, parseNumber } from '../core/text/number.ts';

export { MAX_PROBLEMS, numberProblem, Problems, quote } from '../core/data/problems.ts';
export type { RowObservation };

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

const UNIT_COLS = ['unit', 'uCode', 'code'];
const NAME_COLS = ['name', 'uName', 'unit_name'];
const PERIOD_COLS = ['period', 'Time', 'year'];
const SERIES_COLS = ['indicator', 'series', 'iCode'];
const VALUE_COLS = ['value', 'Value'];

/** A header for a message: its first 20 columns, each cut. */
function columnList(header: string[]): string {
  const shown = header.slice(0, 20).map(cut).join(', ');
  return header.length > 20 ? `${shown} … (${header.length} columns)` : shown;
}

function number(text: string, row: number, column: string, problems: Problems): number {
  const v = parseNumber(text);
  if (v !== null) return v;
  problems.add(row, column, numberProblem(text));
  return NaN;
}

/**
 * The column that plays a role (the unit, the period …) under any of its names, or -1; two
 * columns that both do (`unit` and `code`) are an error naming both, never one silently ignored.
 */
function find(header: string[], names: string[], role: string, file: string): number {
  const at = header.findIndex((h) => names.includes(h));
  const other = at < 0 ? -1 : header.findIndex((h, c) => c > at && names.includes(h));
  if (other >= 0) {
    throw new GapscopeError(
      'data.ambiguous-column',
      `two columns name the ${role}: ${quote(header[at]!)} and ${quote(header[other]!)}; keep one`,
      { file },
    );
  }
  return at;
}

/** Reads a table's observations, checking units, series, periods, numbers and duplicate keys. */
export function readObservations(table: Table, opts: ReadDataOptions): ReadObservations {
  const { header, rows, file } = table;
  const problems = new Problems();
  const unitCol = find(header, UNIT_COLS, 'unit', file);
  if (unitCol < 0) {
    throw new GapscopeError(
      'data.no-unit-column',
      `no unit column: expected one of ${UNIT_COLS.join(', ')}; found ${columnList(header)}`,
      { file },
    );
  }
  // Every text cell is read through unneutralise(): the apostrophe our exports put before a text
  // that looks like a formula is not part of the text (docs/SECURITY.md § Values and round trips).
  const text = (cells: string[], c: number): string => unneutralise(cells[c] ?? '');
  const checkUnit = (code: string, row: number): boolean => {
    if (!code) problems.add(row, header[unitCol]!, 'no unit code');
    else if (opts.knownUnits && !opts.knownUnits.has(code)) {
      problems.add(row, header[unitCol]!, `unknown unit ${quote(code)}`);
    } else return true;
    return false;
  };
  const checkPeriod = (code: string, row: number, column: string): boolean => {
    if (tryParsePeriod(code)) return true;
    problems.add(
      row,
      column,
      `${quote(code)} is not a period (2025, 2025Q3, 2025Q3-ytd or 2025-09)`,
    );
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
        `duplicate: unit ${cut(o.unit)}, ${o.series}, ${o.period} is also in row ${first}`,
      );
    } else seen.set(key, o.row);
    observations.push(o);
  };
  const nameCol = find(header, NAME_COLS, 'unit name', file);
  const seriesCol = find(header, SERIES_COLS, 'indicator', file);
  const valueCol = find(header, VALUE_COLS, 'value', file);
  const attrs: Record<string, Map<string, string>> = {};

  if (seriesCol >= 0 && valueCol >= 0) {
    const periodCol = find(header, PERIOD_COLS, 'period', file);
    if (periodCol < 0) {
      throw new GapscopeError('data.no-period-column', 'a long table needs a period column', {
        file,
      });
    }
    const optional = (names: string[]): number => find(header, names, names[0]!, file);
    const statusCol = optional(['status']);
    const sourceCol = optional(['source']);
    const noteCol = optional(['note']);
    const measureCol = optional(['measure', 'unit_of_measure']);
    rows.forEach((cells, k) => {
      const row = k + 2;
      const unit = text(cells, unitCol);
      const series = text(cells, seriesCol);
      const period = text(cells, periodCol);
      const valueText = cells[valueCol]!;
      const okUnit = checkUnit(unit, row);
      if (okUnit) noteUnit(unit);
      const okSeries = opts.series.has(series);
      if (!okSeries)
        problems.add(row, header[seriesCol]!, `unknown indicator or series ${quote(series)}`);
      const okPeriod = checkPeriod(period, row, header[periodCol]!);
      if (nameCol >= 0 && cells[nameCol]) names.set(unit, text(cells, nameCol));
      if (valueText === '') return;
      const value = number(valueText, row, header[valueCol]!, problems);
      if (okUnit && okPeriod && okSeries && value === value) {
        const o: RowObservation = {
          unit,
          series,
          period: tryParsePeriod(period)!.code,
          value,
          row,
          column: header[valueCol]!,
        };
        if (statusCol >= 0 && cells[statusCol]) o.status = text(cells, statusCol);
        if (sourceCol >= 0 && cells[sourceCol]) o.source = text(cells, sourceCol);
        if (noteCol >= 0 && cells[noteCol]) o.note = text(cells, noteCol);
        if (measureCol >= 0 && cells[measureCol]) o.measure = text(cells, measureCol);
        push(o);
      }
    });
    return { observations, problems, units, names, attrs, layout: 'long' };
  }

  // Wide: one column per series; other text columns are unit attributes.
  const periodCol = find(header, PERIOD_COLS, 'period', file);
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
    else if (attrCols.has(h) || rows.every((r) => r[c] === '' || !isDecimal(r[c]!))) {
      attrs[h] = new Map();
    } else problems.add(1, h, `unknown indicator or series ${quote(h)}`);
  });
  rows.forEach((cells, k) => {
    const row = k + 2;
    const unit = text(cells, unitCol);
    if (!checkUnit(unit, row)) return;
    noteUnit(unit);
    const periodText = periodCol >= 0 ? text(cells, periodCol) : opts.period!;
    if (!checkPeriod(periodText, row, periodCol >= 0 ? header[periodCol]! : 'period')) return;
    const period = tryParsePeriod(periodText)!.code;
    if (nameCol >= 0 && cells[nameCol]) names.set(unit, text(cells, nameCol));
    for (const [name, map] of Object.entries(attrs)) {
      const v = text(cells, header.indexOf(name));
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
