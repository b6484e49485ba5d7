// The import template's texts in both languages (the `template` group of src/i18n), the series a
// template has columns or list entries for, and its readme sheet: columns, period forms, rules and
// every indicator's unit of measure and plausible range, in Chinese and English.

import type ExcelJS from 'exceljs';
import type { Framework, IndicatorNode, Series } from '../core/framework/schema.ts';
import { buildTree } from '../core/framework/tree.ts';
import { neutralise } from '../core/text/csv.ts';
import { fill } from '../core/text/format.ts';
import { catalogs } from '../i18n/index.ts';

export type Text = keyof typeof catalogs.en.template;
export const zh = (k: Text): string => catalogs['zh-CN'].template[k];
export const en = (k: Text): string => catalogs.en.template[k];
/** Both languages in one string, for places with room for one (Excel's prompts, titles). */
export const both = (k: Text): string => `${zh(k)} / ${en(k)}`;

/** A series the data may carry, indicator or not, with what the readme says of it. */
export interface Entry {
  id: string;
  name: { zh: string; en?: string };
  unit: string;
  indicator?: IndicatorNode;
}

export function entries(framework: Framework): Entry[] {
  const inds = buildTree(framework).indicators;
  const ids = new Set(inds.map((i) => i.id));
  return [
    ...inds.map((i) => ({ id: i.id, name: i.name, unit: i.unit, indicator: i })),
    ...framework.series.filter((s: Series) => !ids.has(s.id)).map((s) => ({ ...s })),
  ];
}

/** Writes the readme sheet. */
export function writeReadme(
  ws: ExcelJS.Worksheet,
  framework: Framework,
  series: Entry[],
  opts: { layout: 'long' | 'wide'; period?: string },
): void {
  ws.columns = [
    { width: 14 },
    { width: 36 },
    { width: 48 },
    { width: 16 },
    { width: 14 },
    { width: 22 },
    { width: 10 },
    { width: 48 },
    { width: 60 },
  ];
  const add = (cells: (string | number)[], style?: 'title' | 'section' | 'head'): void => {
    const row = ws.addRow(cells.map((c) => (typeof c === 'string' ? neutralise(c) : c)));
    row.alignment = { vertical: 'top', wrapText: true };
    if (style === 'title') row.font = { bold: true, size: 14 };
    if (style === 'section') row.font = { bold: true, size: 12 };
    if (style === 'head') {
      row.font = { bold: true };
      row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    }
  };
  const gap = (): void => void ws.addRow([]);

  add([`${zh('title')} / ${en('title')}`], 'title');
  add([
    zh('framework'),
    `${framework.name.zh} (${framework.id}@${framework.version})`,
    framework.name.en ?? '',
  ]);
  add([
    zh('layout'),
    zh(opts.layout === 'long' ? 'layout.long' : 'layout.wide'),
    en(opts.layout === 'long' ? 'layout.long' : 'layout.wide'),
  ]);
  if (opts.period) add([zh('period'), opts.period, opts.period]);
  add(['', zh('sheets'), en('sheets')]);
  gap();

  add([`${zh('columns')} / ${en('columns')}`], 'section');
  add([`${zh('column')} / ${en('column')}`, '中文', 'English'], 'head');
  const cols: [string, Text][] =
    opts.layout === 'long'
      ? [
          ['unit', 'column.unit'],
          ['indicator', 'column.indicator'],
          ['period', 'column.period'],
          ['value', 'column.value'],
          ['status', 'column.status'],
          ['source', 'column.source'],
          ['note', 'column.note'],
        ]
      : [
          ['unit', 'column.unit'],
          ['name', 'column.name'],
          ['period', 'column.period'],
          [`${series[0]?.id ?? ''} …`, 'column.series'],
        ];
  for (const [name, key] of cols) add([name, zh(key), en(key)]);
  gap();

  add([`${zh('periods')} / ${en('periods')}`], 'section');
  for (const [code, key] of [
    ['2025', 'period.year'],
    ['2025Q3', 'period.quarter'],
    ['2025Q3-ytd', 'period.ytd'],
    ['2025-09', 'period.month'],
  ] as const)
    add([code, zh(key), en(key)]);
  gap();

  add([`${zh('rules')} / ${en('rules')}`], 'section');
  for (const key of [
    'rule.check',
    'rule.revision',
    'rule.text',
    'rule.empty',
    'rule.range',
  ] as const)
    add(['', zh(key), en(key)]);
  gap();

  add([`${zh('indicators')} / ${en('indicators')}`], 'section');
  add(
    [
      `${zh('id')} / ${en('id')}`,
      zh('name'),
      en('name'),
      `${zh('unit')} / ${en('unit')}`,
      `${zh('direction')} / ${en('direction')}`,
      `${zh('range')} / ${en('range')}`,
      `${zh('frequency')} / ${en('frequency')}`,
      zh('note'),
      en('note'),
    ],
    'head',
  );
  const unitOf = new Map(framework.series.map((s) => [s.id, s.unit]));
  let headedSeries = false;
  for (const s of series) {
    const ind = s.indicator;
    if (!ind && !headedSeries) {
      headedSeries = true;
      add([`${zh('series')} / ${en('series')}`], 'section');
    }
    const den = ind?.denominator;
    const vars = den
      ? { series: den.series, unit: unitOf.get(den.series) ?? '', scale: den.scale }
      : null;
    add([
      s.id,
      s.name.zh,
      s.name.en ?? '',
      s.unit,
      ind
        ? `${zh(ind.direction === 1 ? 'higher' : 'lower')} / ${en(ind.direction === 1 ? 'higher' : 'lower')}`
        : '',
      ind?.plausible ? `${ind.plausible[0]} – ${ind.plausible[1]}` : '',
      ind ? `${zh(ind.frequency)} / ${en(ind.frequency)}` : '',
      [vars ? fill(zh('numerator'), vars) : '', ind?.definition?.zh ?? '']
        .filter(Boolean)
        .join(' '),
      [vars ? fill(en('numerator'), vars) : '', ind?.definition?.en ?? '']
        .filter(Boolean)
        .join(' '),
    ]);
  }
}
