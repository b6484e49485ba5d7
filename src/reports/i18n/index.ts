// The reports' catalogs by language, and their words looked up by key with the placeholders
// filled (core/text/format.ts's fill()).

import { fill } from '../../core/text/format.ts';
import type { Lang } from '../../i18n/index.ts';
import { en } from './en.ts';
import { zhCN, type ReportKey, type ReportWords } from './zh-CN.ts';

export type { Lang, ReportKey, ReportWords };

/** The report languages: zh-CN (the reference) and English. */
export const REPORT_LANGS = ['zh-CN', 'en'] as const satisfies readonly Lang[];

const CATALOGS: Record<Lang, ReportWords> = { 'zh-CN': zhCN, en };

/** The keys under `scope`, without it: 'lead' for 'brief.gaps.lead' in scope 'brief.gaps'. */
export type KeyIn<S extends string> = ReportKey extends infer K
  ? K extends `${S}.${infer Rest}`
    ? Rest
    : never
  : never;

/** The report words of a language (or of one of its sections), placeholders filled. */
export type ReportText<K extends string> = (
  key: K,
  vars?: Record<string, string | number>,
) => string;

/** True when `key` is a key of the report words (for keys built from a code). */
export function isReportKey(key: string): key is ReportKey {
  return Object.hasOwn(zhCN, key);
}

/**
 * The report words of `lang`, looked up by key; with a `scope` ('brief.gaps'), by the key under it
 * ('lead' for 'brief.gaps.lead').
 */
export function reportText(lang: Lang): ReportText<ReportKey>;
export function reportText<S extends string>(lang: Lang, scope: S): ReportText<KeyIn<S>>;
export function reportText(lang: Lang, scope?: string): ReportText<string> {
  const words = CATALOGS[lang] as Record<string, string>;
  const prefix = scope ? `${scope}.` : '';
  return (key, vars) => fill(words[prefix + key]!, vars);
}
