// The map's progress measure: each county's progress flag on one indicator (GET /api/targets) as
// the map builder's categories, with the tooltip's lines, the card's subtitle and the CSV table
// (METHODS.md § Progress towards targets and forecasts).

import type { MapValues, TargetRow, TargetsAnswer } from '@gapscope/api/index.ts';
import { chartText } from '@gapscope/charts/text.ts';
import type { ChartTable } from '@gapscope/charts/types.ts';
import { FLAGS, type Flag } from '@gapscope/core/targets/flag.ts';
import { formatNumber, formatPercent } from '@gapscope/core/text/format.ts';
import type { Lang } from '@gapscope/i18n/index.ts';
import { translate } from '../../i18n/catalog.ts';
import type { TileMapInput } from '../../map/tile-map-option.ts';
import { mapInput } from './map-input.ts';

/** The URL's measure for the progress flags of an indicator: `progress:<indicator id>`. */
const PREFIX = 'progress:';

/** The indicator whose flags a measure id asks for, or null when it is another measure. */
export function progressIndicator(measure: string | undefined): string | null {
  return measure?.startsWith(PREFIX) && measure.length > PREFIX.length
    ? measure.slice(PREFIX.length)
    : null;
}

/** The measure id of an indicator's progress flags. */
export function progressMeasure(indicator: string): string {
  return PREFIX + indicator;
}

/** Units without a flag: the grey of "nothing to judge" on the traffic-light map. */
export const NO_FLAG_COLOUR = '#d9d9d9';

/** Whether a period is a year, the only kind progress is assessed on. */
export function isYear(period: string | undefined): period is string {
  return !!period && /^\d{4}$/.test(period);
}

/** The counties' flags and forecasts on one indicator, in the map's period when it is a year. */
export function targetsPath(indicator: string, period: string | undefined): string {
  const year = isYear(period) ? `&period=${period}` : '';
  return `/api/targets?level=county&indicator=${encodeURIComponent(indicator)}${year}`;
}

/** Whether a targets path asks for the flags of `indicator` (in any year). */
export function asksFor(path: unknown, indicator: string): boolean {
  const base = targetsPath(indicator, undefined);
  return path === base || (typeof path === 'string' && path.startsWith(`${base}&`));
}

/** The target year the indicator is assessed against, or null without a target. */
export function targetYear(answer: TargetsAnswer): number | null {
  return answer.rows.find((r) => r.target)?.target?.year ?? null;
}

/** A row's class: its flag's place in FLAGS, or the last class (no flag). */
function classOf(row: TargetRow | undefined): number {
  const k = row?.progress.flag ? FLAGS.indexOf(row.progress.flag) : -1;
  return k >= 0 ? k : FLAGS.length;
}

/** The tooltip's lines of one county: the flag (or why none), target, r, forecast, probability. */
function notesOf(row: TargetRow | undefined, lang: Lang, digits: number, unit: string): string[] {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(lang, key, vars);
  const num = (v: number | null | undefined): string =>
    formatNumber(v, lang, { digits }) + (v === null || v === undefined ? '' : unit);
  const flag = row?.progress.flag;
  const lines = [
    t('map.progress.flag', { flag: flag ? t(`targets.flag.${flag}`) : t('targets.noFlag') }),
  ];
  if (!row || !flag) lines.push(t(`targets.noFlag.${row?.progress.noFlag ?? 'no-value'}`));
  if (!row) return lines;
  if (row.target)
    lines.push(t('map.progress.target', { target: num(row.target.value), year: row.target.year }));
  if (row.progress.ratio !== null)
    lines.push(
      t('map.progress.ratio', { ratio: formatNumber(row.progress.ratio, lang, { digits: 2 }) }),
    );
  const f = row.forecast;
  if (f) {
    const end = f.path.find((s) => s.year === f.year);
    lines.push(
      t('map.progress.forecast', {
        year: f.year,
        mean: num(f.mean),
        lo: formatNumber(end?.lo80, lang, { digits }),
        hi: num(end?.hi80),
      }),
    );
    if (row.target && f.probability !== null)
      lines.push(
        t('map.progress.probability', {
          year: f.year,
          probability: formatPercent(f.probability, lang, { digits: 0 }),
        }),
      );
  }
  return lines;
}

/** What the progress map needs besides the two answers. */
export interface ProgressOptions {
  lang: Lang;
  map: string;
  name(code: string): string;
  /** Tile labels; omitted on boundary maps. */
  label?: (code: string) => string;
  caption?: string | null;
  /** Each flag's colour, best to worst. */
  colours: Readonly<Record<Flag, string>>;
}

/**
 * The builder's input for the progress flags of the indicator of `values` (the map's values of
 * that indicator: its units, name and decimals) in the year `answer` assessed: one frame, the
 * flags best first and "no flag" as classes, each county's value that year, the tooltip's lines,
 * and the trend from the data's first year.
 */
export function progressInput(
  values: MapValues,
  answer: TargetsAnswer,
  opts: ProgressOptions,
): TileMapInput {
  const base = mapInput(values, { ...opts, period: 0, bins: 'quantile' });
  const rows = new Map(answer.rows.map((r) => [r.unit, r]));
  const codes = values.units.map((u) => u.unit);
  const digits = base.measure.digits ?? 2;
  const unit = base.measure.unit ? ` ${base.measure.unit}` : '';
  const t = (key: 'targets.noFlag' | `targets.flag.${Flag}`): string => translate(opts.lang, key);
  return {
    ...base,
    periods: [answer.period],
    current: 0,
    values: new Map(codes.map((c) => [c, [rows.get(c)?.values.at(-1) ?? null]])),
    imputed: undefined,
    bins: 'category',
    targets: undefined,
    categories: {
      classes: [
        ...FLAGS.map((f) => ({ label: t(`targets.flag.${f}`), colour: opts.colours[f] })),
        { label: t('targets.noFlag'), colour: NO_FLAG_COLOUR },
      ],
      of: new Map(codes.map((c) => [c, [classOf(rows.get(c))]])),
    },
    notes: new Map(codes.map((c) => [c, [notesOf(rows.get(c), opts.lang, digits, unit)]])),
    trend: {
      from: String(answer.firstYear),
      to: answer.period,
      values: new Map(codes.map((c) => [c, rows.get(c)?.values ?? []])),
    },
  };
}

/**
 * The card's subtitle: the year assessed, the base year and the target year (or that there is no
 * target, and the year forecast to); and when the map's period is not a year, that the latest
 * year was taken.
 */
export function progressSubtitle(
  answer: TargetsAnswer,
  period: string | undefined,
  lang: Lang,
): string {
  const year = targetYear(answer);
  const vars = { year: answer.period, base: answer.baseYear };
  const text =
    year === null
      ? translate(lang, 'map.progress.subtitle.noTarget', { ...vars, horizon: answer.horizonYear })
      : translate(lang, 'map.progress.subtitle', { ...vars, target: year });
  return isYear(period) || !period
    ? text
    : `${translate(lang, 'map.progress.latest', { period })} ${text}`;
}

/**
 * The map's data as displayed: code, name, year assessed, flag (or "not assessed" and why), the
 * ratio r and the probability of meeting the target (0–1), one row per county of the map.
 */
export function progressTable(answer: TargetsAnswer, input: TileMapInput, lang: Lang): ChartTable {
  const w = chartText(lang);
  const rows = new Map(answer.rows.map((r) => [r.unit, r]));
  const flagText = (row: TargetRow | undefined): string => {
    const flag = row?.progress.flag;
    if (flag) return translate(lang, `targets.flag.${flag}`);
    return translate(lang, 'map.progress.noFlagWhy', {
      noFlag: translate(lang, 'targets.noFlag'),
      reason: translate(lang, `targets.noFlag.${row?.progress.noFlag ?? 'no-value'}`),
    });
  };
  return {
    header: [
      w('code'),
      w('name'),
      w('period'),
      translate(lang, 'targets.progress'),
      translate(lang, 'map.progress.col.ratio'),
      translate(lang, 'map.progress.col.probability'),
    ],
    rows: [...input.values.keys()].map((code) => {
      const row = rows.get(code);
      return [
        code,
        input.names.get(code) ?? code,
        answer.period,
        flagText(row),
        row?.progress.ratio ?? null,
        row?.target ? (row.forecast?.probability ?? null) : null,
      ];
    }),
  };
}
