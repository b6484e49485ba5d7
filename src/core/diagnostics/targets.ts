// Distance to target: how far each indicator is from its target for a year, the annual rate
// needed to get there, and a trend arrow from the recent rate (METHODS.md § Diagnostics and levers).

import { parsePeriod } from '../data/period.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';
import { periodResult, unitIndex } from './select.ts';

/** The trend arrow of an indicator behind or at its target. */
export type Trend = 'on-track' | 'improving' | 'stagnating' | 'worsening';

import { targetFor } from '../framework/targets.ts';

export { targetFor };

/** One indicator of one unit against its target. */
export interface TargetProgress {
  indicator: string;
  direction: 1 | -1;
  period: string;
  /** The value on the indicator's own scale (after denomination and imputation); null if missing. */
  value: number | null;
  imputed: boolean;
  targetYear: number;
  target: number;
  /** target − value; the indicator is behind when direction·gap > 0. */
  gap: number | null;
  achieved: boolean | null;
  /** `compound`: rates are shares per year (0.05 = 5 %); `linear`: changes in units per year. */
  rateKind: 'compound' | 'linear';
  /** The annual rate needed to reach the target by its year; null when met, missing or not later. */
  needed: number | null;
  /** The annual rate from `since` to the period; null when there is no earlier value in the window. */
  recent: number | null;
  since: string | null;
  trend: Trend | null;
}

/**
 * The trend arrow, on rates signed so that positive is the good direction (d·rate):
 * `on-track` when the target is met or the recent rate is at least the needed one; `improving`
 * when the recent rate is above half the needed one; `stagnating` when it is between 0 and half
 * (inclusive); `worsening` when it is below 0. When the target year is not after the period the
 * needed rate is infinite, so an unmet target is stagnating or worsening. Null without a recent
 * rate, unless the target is met.
 */
export function trendOf(achieved: boolean, needed: number, recent: number | null): Trend | null {
  if (achieved) return 'on-track';
  if (recent === null) return null;
  if (recent >= needed) return 'on-track';
  if (recent > 0.5 * needed) return 'improving';
  if (recent >= 0) return 'stagnating';
  return 'worsening';
}

/** Annual rate from a to b over t years: compound ((b/a)^(1/t) − 1) or linear ((b − a)/t). */
export function annualRate(kind: 'compound' | 'linear', a: number, b: number, t: number): number {
  return kind === 'compound' ? (b / a) ** (1 / t) - 1 : (b - a) / t;
}

/**
 * Each unit's indicators that have a target against it, in the period (default: the latest). The
 * target is the one for `year` (default: the period's year), or the next later year that has one.
 * Rates are compound when the value, the target and the earlier value are all > 0, linear
 * otherwise. The recent rate runs from the same period `window` years earlier (default 3), or
 * failing a value there from the nearest later one, to the period. Values are those the pipeline
 * normalises before outlier treatment: denominated, imputed where the pipeline imputes (flagged).
 */
export function targetProgress(
  ev: Evaluation,
  opts: { period?: string; year?: number; window?: number; units?: string[] } = {},
): { unit: string; indicators: TargetProgress[] }[] {
  const p = periodResult(ev, opts.period);
  const at = parsePeriod(p.period);
  const window = opts.window ?? 3;
  const earlier = Array.from({ length: window }, (_, k) => {
    const code = String(at.year - window + k) + p.period.slice(4);
    return ev.periods.find((x) => x.period === code) ?? null;
  });
  const units = opts.units ?? ev.units;
  return units.map((unit) => {
    const u = unitIndex(ev, unit);
    const indicators: TargetProgress[] = [];
    ev.tree.indicators.forEach((ind, j) => {
      const t = targetFor(ind, opts.year ?? at.year);
      if (!t) return;
      const d = ind.direction;
      const x = p.stages.imputed[j]![u]!;
      const has = x === x;
      let base: { value: number; period: string; years: number } | null = null;
      for (let k = 0; k < window && has; k++) {
        const e = earlier[k];
        const v = e?.stages.imputed[j]![u];
        if (e && v !== undefined && v === v) {
          base = { value: v, period: e.period, years: window - k };
          break;
        }
      }
      const kind = has && x > 0 && t.value > 0 && (!base || base.value > 0) ? 'compound' : 'linear';
      const achieved = has ? d * (x - t.value) >= 0 : null;
      const span = t.year - at.year;
      const needed = has && !achieved && span > 0 ? annualRate(kind, x, t.value, span) : null;
      const recent = has && base ? annualRate(kind, base.value, x, base.years) : null;
      indicators.push({
        indicator: ind.id,
        direction: d,
        period: p.period,
        value: has ? x : null,
        imputed: !!p.imputedFlags[j]?.[u],
        targetYear: t.year,
        target: t.value,
        gap: has ? t.value - x : null,
        achieved,
        rateKind: kind,
        needed,
        recent,
        since: base?.period ?? null,
        trend:
          achieved === null
            ? null
            : trendOf(
                achieved,
                needed === null ? Infinity : d * needed,
                recent === null ? null : d * recent,
              ),
      });
    });
    return { unit, indicators };
  });
}
