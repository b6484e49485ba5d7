// The dashboard's i18n: `useT()` gives the texts and the number and date formats of the page's
// language. The texts live in src/i18n/zh-CN.ts (the reference) and en.ts, group `web`.

import { useContext, useMemo } from 'react';
import { measureLabel, translate, type WebKey } from './catalog.ts';
import { LangContext } from './context.ts';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatSigned,
  formatSignedValue,
  formatValue,
  type Lang,
} from './format.ts';

export type { Lang } from './format.ts';
export type { WebKey } from './catalog.ts';
export { LangProvider } from './LangProvider.tsx';

/** What `useT()` returns: `t(key, vars)` and formatters bound to the language. */
export interface T {
  (key: WebKey, vars?: Record<string, string | number>): string;
  lang: Lang;
  setLang(lang: Lang): void;
  /** Fixed decimals, grouped thousands. */
  num(v: number | null | undefined, digits?: number): string;
  /** Signed change. */
  signed(v: number | null | undefined, digits?: number): string;
  /** At most four significant digits. */
  value(v: number | null | undefined, significant?: number): string;
  /** A signed change with at most three significant digits. */
  signedValue(v: number | null | undefined, significant?: number): string;
  /** A unit of measure in the page's language ('CNY' → '元'). */
  measure(unit: string | null | undefined): string;
  /** A fraction as a percentage. */
  pct(v: number | null | undefined, digits?: number): string;
  date(iso: string | null | undefined): string;
  /** The zh or en form of a `{zh, en}` name. */
  name(n: { zh: string; en?: string } | null | undefined): string;
}

/** `t` and its formatters for one language. */
function makeT(lang: Lang, setLang: (lang: Lang) => void): T {
  const t = ((key: WebKey, vars?: Record<string, string | number>) =>
    translate(lang, key, vars)) as T;
  t.lang = lang;
  t.setLang = setLang;
  t.num = (v, d) => formatNumber(lang, v, d);
  t.signed = (v, d) => formatSigned(lang, v, d);
  t.value = (v, s) => formatValue(lang, v, s);
  t.signedValue = (v, s) => formatSignedValue(lang, v, s);
  t.measure = (u) => measureLabel(lang, u);
  t.pct = (v, d) => formatPercent(lang, v, d);
  t.date = (iso) => formatDate(lang, iso);
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
