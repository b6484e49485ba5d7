// The chart builders' words: the `charts` catalog of a language, looked up by key with its
// placeholders filled. Numbers and percentages are core/text/format.ts's.

import { fill } from '../core/text/format.ts';
import { catalogs, type Lang } from '../i18n/index.ts';

/** A key of the chart words (src/i18n/zh-CN.ts § charts is the reference). */
export type ChartKey = keyof (typeof catalogs)['zh-CN']['charts'];

/** The chart words of one language: the text of a key, with `{name}` placeholders filled. */
export type ChartText = (key: ChartKey, vars?: Record<string, string | number>) => string;

/** The chart words of `lang`. */
export function chartText(lang: Lang): ChartText {
  const words = catalogs[lang].charts;
  return (key, vars) => fill(words[key], vars);
}

/** A name at the start of a title: the framework's English names are in lower case. */
export function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
