// Reads COINr's iMeta table (Level, iCode, iName, Direction, Weight, Unit, Target, Denominator,
// Parent, Type) into a framework, so a COINr user can bring an index as it is.

import { GapscopeError } from '../errors.ts';
import { validateFramework } from './parse.ts';
import type { Framework } from './schema.ts';

/** The iMeta rows by column name, as read from CSV (strings). */
export type IMetaRow = Record<string, string>;

const REQUIRED = ['iCode', 'iName', 'Direction', 'Weight', 'Parent', 'Type'];

/**
 * Converts iMeta rows to a framework: Indicator and Aggregate rows form the tree (the aggregate
 * with no parent is the root), Denominator rows become series, Group rows name unit attributes.
 * iMeta's Target has no year, so it is kept only when `targetYear` is given.
 */
export function frameworkFromIMeta(
  rows: IMetaRow[],
  opts: { file?: string; id?: string; targetYear?: string } = {},
): { framework: Framework; groups: string[] } {
  const file = opts.file ?? 'iMeta';
  if (!rows.length) throw new GapscopeError('coinr.empty', 'iMeta has no rows', { file });
  for (const col of REQUIRED) {
    if (!(col in rows[0]!))
      throw new GapscopeError('coinr.column', `iMeta needs a column "${col}"`, {
        file,
        column: col,
      });
  }
  const num = (r: IMetaRow, col: string, row: number): number => {
    const v = Number(r[col]);
    if (r[col] === undefined || r[col] === '' || !Number.isFinite(v)) {
      throw new GapscopeError('coinr.number', `expected a number, got "${r[col] ?? ''}"`, {
        file,
        row,
        column: col,
      });
    }
    return v;
  };
  type Node = Record<string, unknown> & { id: string; children?: Node[] };
  const nodes = new Map<string, Node>();
  const parents = new Map<string, string>();
  const series: Framework['series'] = [];
  const groups: string[] = [];
  rows.forEach((r, k) => {
    const row = k + 2;
    const type = r.Type;
    const id = r.iCode!;
    const name = { zh: r.iName || id, en: r.iName || id };
    if (type === 'Denominator') series.push({ id, name, unit: r.Unit ?? '' });
    else if (type === 'Group') groups.push(id);
    else if (type === 'Indicator') {
      const node: Node = {
        id,
        name,
        unit: r.Unit ?? '',
        direction: num(r, 'Direction', row),
        weight: num(r, 'Weight', row),
      };
      if (r.Denominator) node.denominator = { series: r.Denominator, scale: 1 };
      if (r.Target && opts.targetYear) node.targets = { [opts.targetYear]: num(r, 'Target', row) };
      nodes.set(id, node);
      if (r.Parent) parents.set(id, r.Parent);
    } else if (type === 'Aggregate') {
      nodes.set(id, { id, name, weight: r.Weight ? num(r, 'Weight', row) : 1, children: [] });
      if (r.Parent) parents.set(id, r.Parent);
    } else if (type !== 'Other') {
      throw new GapscopeError(
        'coinr.type',
        `Type "${type}" is not one of Indicator, Aggregate, Group, Denominator, Other`,
        { file, row, column: 'Type' },
      );
    }
  });
  const roots: Node[] = [];
  for (const [id, node] of nodes) {
    const p = parents.get(id);
    if (!p) {
      roots.push(node);
      continue;
    }
    const parent = nodes.get(p);
    if (!parent?.children) {
      const row = rows.findIndex((r) => r.iCode === id) + 2;
      throw new GapscopeError(
        'coinr.parent',
        `${id}: parent "${p}" is not an aggregate of this iMeta`,
        { file, row, column: 'Parent' },
      );
    }
    parent.children.push(node);
  }
  if (roots.length !== 1 || !roots[0]!.children) {
    throw new GapscopeError(
      'coinr.root',
      `iMeta needs exactly one aggregate without a parent (found ${roots.map((r) => r.id).join(', ') || 'none'})`,
      { file },
    );
  }
  const { weight: _w, ...root } = roots[0]!;
  const framework = validateFramework(
    { id: opts.id ?? root.id, version: '1', name: root.name, series, root },
    file,
  );
  return { framework, groups };
}
