// The dashboard's texts: the `web` group of the shared catalogs (src/i18n), by language.

import { en } from '@gapscope/i18n/en.ts';
import { zhCN } from '@gapscope/i18n/zh-CN.ts';
import { interpolate, type Lang } from './format.ts';

/** Every key of the dashboard's texts (the reference catalog's). */
export type WebKey = keyof typeof zhCN.web;

const WEB: Record<Lang, Record<WebKey, string>> = { 'zh-CN': zhCN.web, en: en.web };

/** The text of a key in a language, with `{name}` placeholders filled. */
export function translate(lang: Lang, key: WebKey, vars?: Record<string, string | number>): string {
  return interpolate(WEB[lang][key], vars);
}

/** A framework's unit of measure in a language: the catalog's word for it, else as written. */
export function measureLabel(lang: Lang, unit: string | null | undefined): string {
  if (!unit) return '';
  const key = `measure.${unit}` as WebKey;
  return key in WEB[lang] ? WEB[lang][key] : unit;
}

/** An API error code's message in a language (the same catalog the server answers from). */
export function errorText(lang: Lang, code: string): string | null {
  const errors = (lang === 'en' ? en : zhCN).errors as Record<string, string>;
  return errors[code] ?? null;
}
