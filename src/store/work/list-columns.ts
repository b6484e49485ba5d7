// The columns of a work-item list file (XLSX or CSV), one row per item, as such lists circulate:
// Chinese headers (the English keys are accepted too), departments and units by name or id, dates
// as YYYY-MM-DD, milestones one per line. The headers are a file format, not a translation.

import type { WorkList } from '../../core/tasks/types.ts';

/** A column: its key (accepted as a header), its Chinese header, and what it holds. */
export interface ListColumn {
  key: string;
  zh: string;
  en: string;
  required?: boolean;
}

export const LIST_COLUMNS: readonly ListColumn[] = [
  { key: 'id', zh: '编号', en: 'item id (empty for a new item: one is made)' },
  {
    key: 'list',
    zh: '清单',
    en: 'list: 重点指标, 重大政策, 重大改革, 重点项目 (or key-indicator …)',
    required: true,
  },
  { key: 'title_zh', zh: '事项名称', en: 'title in Chinese', required: true },
  { key: 'title_en', zh: '英文名称', en: 'title in English' },
  { key: 'description', zh: '主要内容', en: 'description' },
  { key: 'lead_department', zh: '牵头单位', en: 'lead department: name or id', required: true },
  { key: 'co_departments', zh: '配合单位', en: 'co-departments, separated by 、 , ; or new lines' },
  {
    key: 'units',
    zh: '涉及地区',
    en: 'units concerned: names or codes (empty: the whole province)',
  },
  { key: 'start', zh: '开始时间', en: 'start date YYYY-MM-DD', required: true },
  { key: 'due', zh: '完成时限', en: 'due date YYYY-MM-DD', required: true },
  { key: 'target_value', zh: '目标值', en: 'quantitative target (a number)' },
  { key: 'target_unit', zh: '计量单位', en: 'unit of the target' },
  { key: 'target_baseline', zh: '基期值', en: 'value at the start' },
  { key: 'target_direction', zh: '目标方向', en: '提高 / increase (default) or 降低 / decrease' },
  { key: 'indicator', zh: '关联指标', en: 'framework indicator the target is read from' },
  { key: 'indicator_year', zh: '指标年份', en: 'year of the indicator’s data' },
  { key: 'planned_investment', zh: '计划投资（万元）', en: 'planned investment, 10,000 CNY' },
  { key: 'completed_investment', zh: '已完成投资（万元）', en: 'completed investment, 10,000 CNY' },
  { key: 'source', zh: '依据文件', en: 'source document' },
  { key: 'supervised', zh: '督办', en: 'under supervision: 是 / 否 (yes / no)' },
  {
    key: 'milestones',
    zh: '节点',
    en: 'milestones, one a line: YYYY-MM-DD what（完成 YYYY-MM-DD）',
  },
];

/** Derived columns an export adds; an import ignores them. */
export const READ_ONLY = [
  { key: 'status', zh: '状态' },
  { key: 'expected_share', zh: '应完成进度（%）' },
  { key: 'reported_share', zh: '实际进度（%）' },
  { key: 'completed_to_date', zh: '累计完成投资（万元）' },
];

/** The lists by their Chinese names. */
export const LIST_NAMES_ZH: Record<WorkList, string> = {
  'key-indicator': '重点指标',
  'major-policy': '重大政策',
  'major-reform': '重大改革',
  'key-project': '重点项目',
};

/** A list from a cell: its key, its Chinese name or its English words; null when none. */
export function parseList(text: string): WorkList | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  for (const [k, zh] of Object.entries(LIST_NAMES_ZH) as [WorkList, string][])
    if (t === k || t === zh || t === `${k}s`) return k;
  return null;
}

/** Splits a cell holding several names. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Yes or no from a cell; null when it is neither. */
export function parseYesNo(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (['', '否', 'no', 'n', 'false', '0'].includes(t)) return false;
  if (['是', 'yes', 'y', 'true', '1', '√', '✓'].includes(t)) return true;
  return null;
}

/** A target direction from a cell; null when it is not one. */
export function parseDirection(text: string): 'increase' | 'decrease' | null {
  const t = text.trim().toLowerCase();
  if (['', '提高', '增加', 'increase', 'up', '≥', '>='].includes(t)) return 'increase';
  if (['降低', '减少', 'decrease', 'down', '≤', '<='].includes(t)) return 'decrease';
  return null;
}

const MILESTONE =
  /^(\d{4}-\d{2}-\d{2})\s+(.+?)(?:\s*[（(](?:完成|done)\s*(\d{4}-\d{2}-\d{2})[）)])?$/;

/** Milestones from a cell, one a line; a line that is not one is returned in `bad`. */
export function parseMilestones(text: string): {
  milestones: { due: string; title: string; done: string | null }[];
  bad: string[];
} {
  const milestones: { due: string; title: string; done: string | null }[] = [];
  const bad: string[] = [];
  for (const line of text
    .split(/\r?\n|[;；]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = MILESTONE.exec(line);
    if (m) milestones.push({ due: m[1]!, title: m[2]!.trim(), done: m[3] ?? null });
    else bad.push(line);
  }
  return { milestones, bad };
}

/** Milestones as a cell. */
export function formatMilestones(
  ms: readonly { due: string; title: string; done: string | null }[],
): string {
  return ms.map((m) => `${m.due} ${m.title}${m.done ? `（完成 ${m.done}）` : ''}`).join('\n');
}
