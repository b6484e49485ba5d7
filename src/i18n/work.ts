// The task-force work system's words in a language: a status rule that fired as a sentence, and
// the names of statuses, lists and department kinds (from the catalogs' `work` section).

import type { FiredRule } from '../core/tasks/status.ts';
import { fill } from '../core/text/format.ts';
import type { DepartmentKind, WorkList, WorkStatus } from '../core/tasks/types.ts';
import { catalogs, type Lang } from './index.ts';

type WorkKey = keyof (typeof catalogs)['zh-CN']['work'];

const text = (lang: Lang, key: string): string =>
  catalogs[lang].work[key as WorkKey] ?? catalogs['zh-CN'].work[key as WorkKey] ?? key;

/** A status's name, e.g. 有风险 / at risk. */
export function statusName(lang: Lang, status: WorkStatus): string {
  return text(lang, `status.${status}`);
}

/** A list's name, e.g. 重点项目 / Key projects. */
export function listName(lang: Lang, list: WorkList): string {
  return text(lang, `list.${list}`);
}

/** A department kind's name. */
export function departmentKindName(lang: Lang, kind: DepartmentKind): string {
  return text(lang, `kind.${kind}`);
}

/** A fired status rule as a sentence in `lang`. */
export function ruleText(lang: Lang, rule: FiredRule): string {
  const p = rule.params;
  const variant =
    rule.code === 'done-target' && p.from === 'indicator'
      ? '.indicator'
      : rule.code === 'on-track' && p.share === 'unknown'
        ? '.unknown'
        : '';
  const vars: Record<string, string | number> =
    rule.code === 'escalated' ? { ...p, status: statusName(lang, p.status as WorkStatus) } : p;
  return fill(text(lang, `rule.${rule.code}${variant}`), vars);
}
