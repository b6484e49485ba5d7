// Words and numbers as every face of the product prints them — the dashboard, the charts, the PDF
// reports, the import template, the command — in either language: placeholders filled, numbers,
// signed changes, percentages, dates and times. One convention throughout: the value first, then
// the language, then options; a missing value prints as MISSING; a number or change that rounds
// to zero prints as an unsigned zero (0.0). docs/ARCHITECTURE.md § Text and formatting.

import type { Lang } from './lang.ts';

/** What every formatter prints for a missing value (null, undefined, NaN, ±Infinity): an en dash. */
export const MISSING = '–';

/** The sign of a falling change: the true minus (U+2212), as typeset, not the hyphen. */
const MINUS = '\u2212';

/** Plain numbers and percentages in each language (en and en-GB write them alike). */
const NUMBER_LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en' };

/** Dates in each language: English ones day first, as in en-GB (30 November 2025). */
const DATE_LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** The time zone a moment's day and time are read in: the product's users are in China. */
const CHINA = 'Asia/Shanghai';

/**
 * `template` with each `{name}` placeholder replaced by `vars[name]`; a placeholder without a value
 * stays as written, so that a missing word shows instead of vanishing.
 * @example fill('第 {n} 梯队', { n: 2 }) // '第 2 梯队'
 */
export function fill(
  template: string,
  vars?: Readonly<Record<string, string | number | null | undefined>>,
): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const v = Object.hasOwn(vars, k) ? vars[k] : undefined;
    return v === undefined || v === null ? m : String(v);
  });
}

/** How a number is written. */
export interface NumberOptions {
  /** Decimals, always written, zeros included (1.50); default 2. At most these with `compact`. */
  digits?: number;
  /**
   * At most this many significant digits and no padding zeros, for values of any size
   * (305,161; 2.06; 0.0052): whole numbers stay whole, and no more than 6 decimals are written.
   */
  significant?: number;
  /** Thousands separators (12,345.68); default true. The command's plain tables turn them off. */
  grouping?: boolean;
  /**
   * The language's short form for large numbers, with at most `digits` decimals (default 2) and
   * no padding zeros: 27.04亿, 500万; 2.7B, 5M.
   */
  compact?: boolean;
}

/** How a percentage is written. */
export interface PercentOptions {
  /** Decimals of the percentage, always written (12.0%); default 1. */
  digits?: number;
}

type Missing = null | undefined;

function present(v: number | Missing): v is number {
  return v !== null && v !== undefined && Number.isFinite(v);
}

/** True when a formatted number shows no digit but zeros (0, 0.00, -0.0, 0%). */
function showsZero(text: string): boolean {
  return !/[1-9]/.test(text);
}

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang], options);
    formats.set(key, f);
  }
  return f;
}

/** `v` (finite) written as `opts` say; a value that rounds to zero loses its minus sign. */
function numberText(v: number, lang: Lang, opts: NumberOptions): string {
  let min: number;
  let max: number;
  if (opts.compact) {
    min = 0;
    max = opts.digits ?? 2;
  } else if (opts.significant !== undefined) {
    const abs = Math.abs(v);
    const whole = abs === 0 ? 0 : Math.floor(Math.log10(abs));
    min = 0;
    max = Math.min(6, Math.max(0, opts.significant - 1 - whole));
  } else {
    min = max = opts.digits ?? 2;
  }
  const f = numberFormat(lang, {
    notation: opts.compact ? 'compact' : 'standard',
    minimumFractionDigits: min,
    maximumFractionDigits: max,
    // Left to the language unless turned off: a compact form groups only from 5 digits (1234亿).
    ...(opts.grouping === false ? { useGrouping: false } : {}),
  });
  const text = f.format(v);
  return showsZero(text) ? f.format(0) : text;
}

/**
 * A number in the language's style: `digits` decimals (default 2) or `significant` digits,
 * thousands grouped. Rounds half away from zero on the decimal the number is written as (1.005 →
 * 1.01, −2.5 → −3, as Intl does); a negative value that rounds to zero prints as 0.00. A negative
 * number keeps the hyphen-minus the language writes (−1.5 → "-1.50"); MISSING when missing.
 * @example formatNumber(12345.678, 'zh-CN', { digits: 1 }) // '12,345.7'
 */
export function formatNumber(v: number | Missing, lang: Lang, opts: NumberOptions = {}): string {
  return present(v) ? numberText(v, lang, opts) : MISSING;
}

/**
 * A change with its sign: + for a rise, the true minus (U+2212) for a fall, written as
 * formatNumber() writes its size. A change that rounds to zero at the precision shown is that
 * zero without a sign (0.0 with one decimal, 0 with `significant`); MISSING when missing.
 * @example formatSigned(-0.019, 'en', { digits: 3 }) // '−0.019'
 */
export function formatSigned(v: number | Missing, lang: Lang, opts: NumberOptions = {}): string {
  if (!present(v)) return MISSING;
  const size = numberText(Math.abs(v), lang, opts);
  if (showsZero(size)) return size;
  return (v > 0 ? '+' : MINUS) + size;
}

/**
 * A share given as a fraction as a percentage (0.1279 → 12.8%), `digits` decimals (default 1);
 * a share that rounds to zero prints as 0.0%; MISSING when missing.
 */
export function formatPercent(v: number | Missing, lang: Lang, opts: PercentOptions = {}): string {
  if (!present(v)) return MISSING;
  const digits = opts.digits ?? 1;
  const f = numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const text = f.format(v);
  return showsZero(text) ? f.format(0) : text;
}

/**
 * A change of rank as an arrow and a count: ↑3 moved up three places, ↓2 down two, 0 held (rank
 * numbers fall as units rise, so `v` is positive for a rise); MISSING when missing.
 */
export function formatRankMove(v: number | Missing): string {
  if (!present(v)) return MISSING;
  return v > 0 ? `↑${v}` : v < 0 ? `↓${-v}` : '0';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/**
 * The instant of `v` and the zone to read it in: a day (2025-11-30) or a month (2025-11) is that
 * day or month wherever the reader is (read in UTC); a moment (ISO 8601) is read in China.
 */
function instant(v: string): { date: Date; timeZone: string } | null {
  const calendar = DAY.test(v) || MONTH.test(v);
  const date = new Date(calendar && MONTH.test(v) ? `${v}-01` : v);
  if (Number.isNaN(date.getTime())) return null;
  return { date, timeZone: calendar ? 'UTC' : CHINA };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateText(
  v: string | Missing,
  lang: Lang,
  name: string,
  options: Intl.DateTimeFormatOptions,
): string {
  if (!v) return MISSING;
  const at = instant(v);
  if (!at) return v;
  const key = `${lang}|${name}|${at.timeZone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...options, timeZone: at.timeZone });
    dateFormats.set(key, f);
  }
  return f.format(at.date);
}

/**
 * A day in words: 2025年11月30日 / 30 November 2025. `v` is a day (2025-11-30) or a moment (ISO
 * 8601, its day in China); MISSING when missing, `v` itself when it is not a date.
 */
export function formatDate(v: string | Missing, lang: Lang): string {
  return dateText(v, lang, 'date', { year: 'numeric', month: 'long', day: 'numeric' });
}

/**
 * A month in words: 2025年11月 / November 2025. `v` is a month (2025-11), a day or a moment;
 * MISSING when missing, `v` itself when it is not a date.
 */
export function formatMonth(v: string | Missing, lang: Lang): string {
  return dateText(v, lang, 'month', { year: 'numeric', month: 'long' });
}

/**
 * A moment's day and time in China, to the minute: 2025年10月3日 16:00 / 3 Oct 2025, 16:00;
 * MISSING when missing, `v` itself when it is not a date.
 */
export function formatDateTime(v: string | Missing, lang: Lang): string {
  return dateText(v, lang, 'dateTime', { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * A moment in UTC to the minute, the same in every language, for provenance that must read
 * alike wherever it is printed: 2025-11-30 16:00 UTC; MISSING when missing, `v` itself when it is
 * not a date.
 */
export function formatTimestamp(v: string | Missing): string {
  if (!v) return MISSING;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return v;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
