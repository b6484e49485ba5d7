// The dashboard's texts by language: its own catalogs (zh-CN.ts, the reference, and en.ts), and
// the server's error messages from the shared ones (src/i18n).

import { fill } from '@gapscope/core/text/format.ts';
import { catalogs, type Lang } from '@gapscope/i18n/index.ts';
import { en } from './en.ts';
import { zhCN, type WebCatalog } from './zh-CN.ts';

/** Every key of the dashboard's texts (the reference catalog's). */
export type WebKey = keyof typeof zhCN;

const WEB: Record<Lang, WebCatalog> = { 'zh-CN': zhCN, en };

/** The text of a key in a language, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: WebKey, vars?: Record<string, string | number>): string {
  return fill(WEB[lang][key], vars);
}

/** A framework's unit of measure in a language: the catalog's word for it, else as written. */
export function measureLabel(lang: Lang, unit: string | null | undefined): string {
  if (!unit) return '';
  const key = `measure.${unit}`;
  return Object.hasOwn(WEB[lang], key) ? WEB[lang][key as WebKey] : unit;
}

/** An API error code's message in a language (the same catalog the server answers from). */
export function errorText(lang: Lang, code: string): string | null {
  const errors: Record<string, string> = catalogs[lang].errors;
  return Object.hasOwn(errors, code) ? errors[code]! : null;
}
