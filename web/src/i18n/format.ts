// Numbers, dates and message templates for the dashboard, by language (Intl; no dependency).

/** The dashboard's languages: zh-CN is the reference, English the other. */
export type Lang = 'zh-CN' | 'en';

/** The locale Intl formats with for a language. */
export function localeOf(lang: Lang): string {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** Fills `{name}` placeholders from `vars`; a placeholder without a value stays as it is. */
export function interpolate(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** A number with a fixed count of decimals (grouped thousands); "–" for null or NaN. */
export function formatNumber(lang: Lang, v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** A change with its sign always shown (+1.2, −0.4, ±0); "–" for null. */
export function formatSigned(lang: Lang, v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const s = formatNumber(lang, Math.abs(v), digits);
  if (Number(s.replace(/[^\d.]/g, '')) === 0) return `±${s}`;
  return (v > 0 ? '+' : '−') + s;
}

/**
 * A value of any size with at most `significant` significant digits and no padding zeros, for raw
 * indicator values (305,161 and 2.06 and 0.0052 alike); whole numbers stay whole.
 */
export function formatValue(lang: Lang, v: number | null | undefined, significant = 4): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const abs = Math.abs(v);
  const digits = abs === 0 ? 0 : Math.max(0, significant - 1 - Math.floor(Math.log10(abs)));
  return new Intl.NumberFormat(localeOf(lang), {
    minimumFractionDigits: 0,
    maximumFractionDigits: Math.min(digits, 6),
  }).format(v);
}

/** A change with its sign and at most `significant` significant digits (+3,471, −0.09). */
export function formatSignedValue(
  lang: Lang,
  v: number | null | undefined,
  significant = 3,
): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v === 0) return '±0';
  return (v > 0 ? '+' : '−') + formatValue(lang, Math.abs(v), significant);
}

/** A share given as a fraction (0.112 → 11.2 %). */
export function formatPercent(lang: Lang, v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** A date (from an ISO time) in the language's usual form. */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}
