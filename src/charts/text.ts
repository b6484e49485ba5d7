// The chart builders' words and numbers: the `charts` catalog of a language, placeholders filled,
// numbers formatted the way the language writes them.

import { catalogs, type Lang } from '../i18n/index.ts';

/** The chart words of one language (src/i18n/zh-CN.ts § charts is the reference). */
export type ChartWords = (typeof catalogs)['zh-CN']['charts'];

/** The `charts` catalog of a language. */
export function chartWords(lang: Lang): ChartWords {
  return catalogs[lang].charts;
}

/** A template with `{name}` placeholders filled; an unknown placeholder stays as written. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number with `digits` decimals (grouped thousands) in the language's style; '–' for a missing
 * value. Deterministic: the same in the browser, in Node and in snapshots.
 */
export function formatNumber(v: number | null | undefined, lang: Lang, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const key = `${lang}|${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f.format(v);
}

/** A share 0–1 as a percentage with `digits` decimals. */
export function formatPercent(v: number | null | undefined, lang: Lang, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return `${formatNumber(v * 100, lang, digits)}%`;
}

/** A name at the start of a title: the framework's English names are in lower case. */
export function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
