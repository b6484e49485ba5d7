// The dashboard's i18n: `useT()` gives the texts and the number and date formats of the page's
// language. The texts live in zh-CN.ts (the reference) and en.ts here; the formats are
// core/text/format.ts's, bound to the language.

import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatSigned,
  type NumberOptions,
  type PercentOptions,
} from '@gapscope/core/text/format.ts';
import type { Lang } from '@gapscope/i18n/index.ts';
import { useContext, useMemo } from 'react';
import { measureLabel, translate, type WebKey } from './catalog.ts';
import { LangContext } from './context.ts';

export type { Lang } from '@gapscope/i18n/index.ts';
export type { WebKey } from './catalog.ts';
export { LangProvider } from './LangProvider.tsx';

/** How many significant digits a raw indicator value is shown with (305,161; 2.06; 0.0052). */
const RAW_VALUE: NumberOptions = { significant: 4 };

/** What `useT()` returns: `t(key, vars)` and the formatters of core/text/format.ts bound to the language. */
export interface T {
  (key: WebKey, vars?: Record<string, string | number>): string;
  lang: Lang;
  setLang(lang: Lang): void;
  /** formatNumber(): `digits` decimals (default 2) or `significant` digits, grouped thousands. */
  num(v: number | null | undefined, opts?: NumberOptions): string;
  /** formatSigned(): a change with its sign (+1.2, −0.4, and 0.0 unsigned). */
  signed(v: number | null | undefined, opts?: NumberOptions): string;
  /** A raw indicator value: formatNumber() with at most four significant digits. */
  value(v: number | null | undefined): string;
  /** A unit of measure in the page's language ('CNY' → '元'). */
  measure(unit: string | null | undefined): string;
  /** formatPercent(): a fraction as a percentage. */
  pct(v: number | null | undefined, opts?: PercentOptions): string;
  /** formatDate(): a day or a moment's day in China, in words. */
  date(v: string | null | undefined): string;
  /** formatDateTime(): a moment's day and time in China. */
  dateTime(v: string | null | undefined): string;
  /** The zh or en form of a `{zh, en}` name. */
  name(n: { zh: string; en?: string } | null | undefined): string;
}

/** `t` and its formatters for one language. */
function makeT(lang: Lang, setLang: (lang: Lang) => void): T {
  const t = ((key: WebKey, vars?: Record<string, string | number>) =>
    translate(lang, key, vars)) as T;
  t.lang = lang;
  t.setLang = setLang;
  t.num = (v, opts) => formatNumber(v, lang, opts);
  t.signed = (v, opts) => formatSigned(v, lang, opts);
  t.value = (v) => formatNumber(v, lang, RAW_VALUE);
  t.measure = (u) => measureLabel(lang, u);
  t.pct = (v, opts) => formatPercent(v, lang, opts);
  t.date = (v) => formatDate(v, lang);
  t.dateTime = (v) => formatDateTime(v, lang);
  // A function's own `name` is read-only but configurable: redefine it.
  Object.defineProperty(t, 'name', {
    value: (n: { zh: string; en?: string } | null | undefined): string =>
      n ? (lang === 'en' && n.en ? n.en : n.zh) : '',
  });
  return t;
}

/** The texts and formats of the page's language. */
export function useT(): T {
  const { lang, setLang } = useContext(LangContext);
  return useMemo(() => makeT(lang, setLang), [lang, setLang]);
}
