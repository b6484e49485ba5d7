// The reports' catalogs by language, and filling a sentence's {placeholders}.

import type { Lang } from '../../i18n/index.ts';
import { en } from './en.ts';
import { zhCN, type ReportWords } from './zh-CN.ts';

export type { Lang, ReportWords };

/** The report languages: zh-CN (the reference) and English. */
export const REPORT_LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

const CATALOGS: Record<Lang, ReportWords> = { 'zh-CN': zhCN, en };

/** The report words of a language. */
export function reportWords(lang: Lang): ReportWords {
  return CATALOGS[lang];
}

/** A sentence with its `{name}` placeholders filled; an unknown one stays as written. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
