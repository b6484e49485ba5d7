// Generates the DEMO work-item list (data/demo/work-items.csv, in the list file's layout) and the
// monthly progress reports that go with it (data/demo/work-progress.csv) from DEMO_ITEMS.
// Deterministic: a Mulberry32 stream per item from SEED.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { mulberry32, seedFor } from '../../src/core/random.ts';
import { monthOf, nextMonth } from '../../src/core/tasks/dates.ts';
import { toCsv } from '../../src/core/text/csv.ts';
import {
  formatMilestones,
  LIST_COLUMNS,
  LIST_NAMES_ZH,
} from '../../src/store/work/list-columns.ts';
import { DEMO_ITEMS, type DemoItem } from './items.ts';

export const SEED = 20251130;
const root = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const ITEMS_FILE = root('data/demo/work-items.csv');
export const PROGRESS_FILE = root('data/demo/work-progress.csv');
export const PROGRESS_HEADER = [
  'item',
  'month',
  'value',
  'share',
  'investment',
  'narrative',
  'problems',
  'help_needed',
  'reported_at',
];
/** The month whose figure a scenario gives (reported by 10 November; the last known on 2025-11-30). */
const FIGURE_MONTH = '2025-10';
const DEMO = '（演示）';
/** Units of things counted whole. */
const COUNTS = new Set(['座', '个', '条', '名', '个村']);

function names(file: string, key: string, value: string): Map<string, string> {
  const rows = parse(readFileSync(root(file), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  return new Map(rows.map((r) => [r[key]!, r[value]!]));
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** The list file's row of an item. */
function itemRow(
  it: DemoItem,
  dep: Map<string, string>,
  unit: Map<string, string>,
): (string | number | null)[] {
  const t = it.target;
  return [
    it.id,
    LIST_NAMES_ZH[it.list],
    it.zh,
    it.en,
    it.description,
    dep.get(it.lead)!,
    (it.co ?? []).map((d) => dep.get(d)!).join('、'),
    (it.units ?? []).map((u) => unit.get(u)!).join('、'),
    it.start ?? '2025-01-01',
    it.due ?? '2025-12-31',
    t?.value ?? null,
    t?.unit ?? '',
    t?.baseline ?? null,
    t ? (t.direction === 'decrease' ? '降低' : '提高') : '',
    t?.indicator ?? '',
    t?.year ?? null,
    it.planned ?? null,
    it.planned === undefined ? null : 0,
    `DEMO 演示事项：据《今日浙江》2025年第23期整理，非官方清单${it.note ? `（${it.note}）` : ''}`,
    it.supervised ? '是' : '否',
    formatMilestones((it.milestones ?? []).map((m) => ({ ...m, done: m.done ?? null }))),
  ];
}

/** Months from `from` to `to`, inclusive. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) out.push(m);
  return out;
}

/** The progress reports of one item. */
function reports(it: DemoItem): (string | number | null)[][] {
  const s = it.scenario;
  if (!s) return [];
  const rng = mulberry32(seedFor(SEED, it.id));
  const t = it.target;
  const linked = !!t?.indicator;
  const base = t?.baseline ?? 0;
  const last = s.lastMonth ?? '2025-11';
  const anchor = s.reachedIn ?? (last < FIGURE_MONTH ? last : FIGURE_MONTH);
  const all = months(monthOf(it.start ?? '2025-01-01'), last);
  const k = all.indexOf(anchor) + 1;
  const power = 0.85 + 0.35 * rng();
  const goal = t ? t.value : 100;
  let prev = base;
  const out: (string | number | null)[][] = [];
  all.forEach((month, i) => {
    const late = rng() < 0.08;
    const day = late ? 11 + Math.floor(rng() * 4) : 2 + Math.floor(rng() * 8);
    const hour = 1 + Math.floor(rng() * 8);
    const noise = 1 + 0.04 * (rng() - 0.5);
    if (s.missing?.includes(month)) return;
    let figure: number;
    if (i + 1 < k) figure = base + (s.figure - base) * ((i + 1) / k) ** power * noise;
    else if (i + 1 === k || s.reachedIn) figure = s.figure;
    else figure = s.figure + 0.4 * (goal - s.figure);
    const digits = t && COUNTS.has(t.unit) ? 0 : Math.abs(goal) < 10 ? 2 : 1;
    figure = round(Math.max(prev, Math.min(figure, i + 1 < k ? s.figure : Infinity)), digits);
    prev = figure;
    const share = t ? ((figure - base) / (goal - base)) * 100 : figure;
    const behind = share < 80 && !s.reachedIn;
    const investment =
      it.planned === undefined
        ? null
        : t?.unit === '亿元' && it.planned >= 1_000_000
          ? Math.round(figure * 10_000)
          : Math.round((it.planned * Math.min(share, 100)) / 100);
    const reportedAt = `${nextMonth(month)}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
    const words = linked
      ? `${month}：按月监测${it.zh}，数据以统计部门发布为准${DEMO}`
      : t
        ? `${month}：累计完成${figure}${t.unit}${DEMO}`
        : `${month}：累计完成工作量的${figure}%${DEMO}`;
    out.push([
      it.id,
      month,
      linked || !t ? null : figure,
      linked || t ? null : figure,
      investment,
      words,
      behind ? `部分子项目要素保障不足，进度滞后${DEMO}` : '',
      behind ? `请求专班协调用地、资金等要素保障${DEMO}` : '',
      reportedAt,
    ]);
  });
  return out;
}

/** The two files' texts. */
export function generateDemoWork(): { items: string; progress: string } {
  const dep = names('data/work/departments.csv', 'id', 'name_zh');
  const unit = names('data/geography/zhejiang/units.csv', 'code', 'name_zh');
  const items = toCsv(
    LIST_COLUMNS.map((c) => c.zh),
    DEMO_ITEMS.map((it) => itemRow(it, dep, unit)),
  );
  const progress = toCsv(PROGRESS_HEADER, DEMO_ITEMS.flatMap(reports));
  return { items, progress };
}
