// Progress flags by the SDG progress method (METHODS.md § Progress towards targets and forecasts):
// the hand vectors, one hand-computed case per branch, and invariants.

import { describe, expect, it } from 'vitest';
import { flagOf, progressFlag, type FlagInput } from '../../../src/core/targets/flag.ts';
import { THRESHOLDS } from '../../../src/core/targets/thresholds.ts';
import { mulberry32 } from '../../../src/core/random.ts';
import { expectClose } from '../../helpers/expect-close.ts';

/** A series from a map of year → value, consecutive from `from` to `to`, NaN elsewhere. */
function years(from: number, to: number, values: Record<number, number>): Float64Array {
  return Float64Array.from({ length: to - from + 1 }, (_, k) => values[from + k] ?? NaN);
}

function flag(over: Partial<FlagInput> & Pick<FlagInput, 'values' | 'firstYear'>) {
  return progressFlag({
    direction: 1,
    baseYear: over.firstYear,
    target: null,
    rateOfChange: false,
    thresholds: THRESHOLDS.statcan,
    ...over,
  });
}

describe('the issue’s hand vectors', () => {
  it('base 2015 = 100, 2020 = 90, target 50 in 2030, lower is better → r = 0.46174, limited', () => {
    const p = flag({
      firstYear: 2015,
      values: years(2015, 2020, { 2015: 100, 2020: 90 }),
      direction: -1,
      target: { year: 2030, value: 50 },
    });
    // CAGR = 0.9^(1/5) − 1; CAGR* = 0.5^(1/15) − 1; r = −CAGR / |CAGR*|.
    expectClose(p.rate!, -0.0208516, 1e-7);
    expectClose(p.required!, -0.0451584, 1e-7);
    expectClose(p.ratio!, 0.46174, 1e-5);
    expect(p.flag).toBe('limited');
    expect(p.growth).toBe('compound');
    expect([p.baseYear, p.currentYear, p.baseShifted]).toEqual([2015, 2020, false]);
  });

  it('100 → 110 over five years without a target → CAGR 0.019245, on track', () => {
    const p = flag({ firstYear: 2015, values: years(2015, 2020, { 2015: 100, 2020: 110 }) });
    expectClose(p.rate!, 0.019245, 1e-6);
    expectClose(p.signedGrowth!, 0.019245, 1e-6);
    expect(p.ratio).toBeNull();
    expect(p.flag).toBe('on-track');
  });
});

describe('every branch, by hand', () => {
  it('achieved is checked first, whatever the pace', () => {
    // Higher is better: 50 → 80 has met 75 (d·(80 − 75) ≥ 0), and exactly on the target too.
    expect(
      flag({ firstYear: 2016, values: [50, 80], target: { year: 2027, value: 75 } }).flag,
    ).toBe('achieved');
    const at = flag({
      firstYear: 2016,
      values: [3, 2],
      direction: -1,
      target: { year: 2027, value: 2 },
    });
    expect([at.flag, at.ratio]).toEqual(['achieved', null]);
  });

  it('on track: 40 (2016) → 50 (2020), target 60 in 2024: r = 0.0573713 / 0.0519895 = 1.10352', () => {
    const p = flag({
      firstYear: 2016,
      values: years(2016, 2020, { 2016: 40, 2020: 50 }),
      target: { year: 2024, value: 60 },
    });
    expectClose(p.rate!, 1.25 ** (1 / 4) - 1, 1e-12);
    expectClose(p.required!, 1.5 ** (1 / 8) - 1, 1e-12);
    expectClose(p.ratio!, 1.1035162, 1e-7);
    expect(p.flag).toBe('on-track');
  });

  it('needs acceleration: 100 (2010) → 115 (2015), target 150 in 2020: r = 0.68504', () => {
    const p = flag({
      firstYear: 2010,
      values: years(2010, 2015, { 2010: 100, 2015: 115 }),
      target: { year: 2020, value: 150 },
    });
    expectClose(p.ratio!, 0.6850386, 1e-7);
    expect(p.flag).toBe('needs-acceleration');
  });

  it('deterioration: 100 → 95 when 120 is wanted: r = −0.0102062 / 0.0183994 = −0.55470', () => {
    const p = flag({
      firstYear: 2010,
      values: years(2010, 2015, { 2010: 100, 2015: 95 }),
      target: { year: 2020, value: 120 },
    });
    expectClose(p.ratio!, -0.5547046, 1e-7);
    expect(p.flag).toBe('deterioration');
  });

  it('a target on the wrong side of the base: falling away from it is deterioration, not on track', () => {
    // Higher is better, the base 100 had met the target 90; now 85. Both rates are negative, so
    // CAGR / CAGR* would be +3.05 (on track); d·CAGR / |CAGR*| is −3.05.
    const p = flag({
      firstYear: 2010,
      values: years(2010, 2015, { 2010: 100, 2015: 85 }),
      target: { year: 2020, value: 90 },
    });
    expectClose(p.ratio!, -3.0514267, 1e-7);
    expect(p.flag).toBe('deterioration');
  });

  it('a target equal to the base value, not met: the needed rate is 0, so no ratio and deterioration', () => {
    const p = flag({ firstYear: 2010, values: [100, 98], target: { year: 2020, value: 100 } });
    expect(p.required).toBe(0);
    expect([p.ratio, p.flag]).toEqual([null, 'deterioration']);
  });

  it('linear growth where a value is not positive: −2 (2015) → 1 (2020), target 4 in 2025: r = 1', () => {
    const p = flag({
      firstYear: 2015,
      values: years(2015, 2020, { 2015: -2, 2020: 1 }),
      target: { year: 2025, value: 4 },
    });
    expect([p.growth, p.linearBecause]).toEqual(['linear', 'not-positive']);
    // g = 3/5 = 0.6 a year; g* = 6/10 = 0.6 a year.
    expectClose(p.rate!, 0.6, 1e-15);
    expectClose(p.required!, 0.6, 1e-15);
    expectClose(p.ratio!, 1, 1e-15);
    expect(p.flag).toBe('on-track');
  });

  it('linear growth for a rate of change: 4 % (2016) → 5 % (2025), target 5.5 % in 2027: r = 0.81481', () => {
    const p = flag({
      firstYear: 2016,
      values: years(2016, 2025, { 2016: 4, 2025: 5 }),
      target: { year: 2027, value: 5.5 },
      rateOfChange: true,
    });
    expect([p.growth, p.linearBecause]).toEqual(['linear', 'rate-of-change']);
    // g = 1/9, g* = 1.5/11; compound would give 0.855 instead.
    expectClose(p.ratio!, 1 / 9 / (1.5 / 11), 1e-12);
    expect(p.flag).toBe('needs-acceleration');
  });

  it('without a target: the absolute bounds of each set', () => {
    // 100 → 100·1.012^5: CAGR 1.2 %: StatCan needs acceleration (0.5 % ≤ G < 1.5 %), Eurostat on track (≥ 1 %).
    const values = [100, NaN, NaN, NaN, NaN, 100 * 1.012 ** 5];
    expectClose(flag({ firstYear: 2015, values }).signedGrowth!, 0.012, 1e-12);
    expect(flag({ firstYear: 2015, values }).flag).toBe('needs-acceleration');
    expect(flag({ firstYear: 2015, values, thresholds: THRESHOLDS.eurostat }).flag).toBe(
      'on-track',
    );
    // Lower is better, 100 → 99 over 2 years: G = −(0.99^(1/2) − 1) = +0.50126 %.
    const down = flag({ firstYear: 2015, values: [100, NaN, 99], direction: -1 });
    expectClose(down.signedGrowth!, 0.0050126, 1e-7);
    expect(down.flag).toBe('needs-acceleration');
    // A slight fall, G = −0.5 %: StatCan deterioration (< 0), Eurostat limited (≥ −1 %).
    const fall = [100, NaN, NaN, NaN, NaN, 100 * 0.995 ** 5];
    expect(flag({ firstYear: 2015, values: fall }).flag).toBe('deterioration');
    expect(flag({ firstYear: 2015, values: fall, thresholds: THRESHOLDS.eurostat }).flag).toBe(
      'limited',
    );
    // 100 → 100.1 over 5 years: StatCan limited (0 ≤ G < 0.5 %).
    expect(flag({ firstYear: 2015, values: [100, NaN, NaN, NaN, NaN, 100.1] }).flag).toBe(
      'limited',
    );
  });

  it('without a target, linear growth is the slope as a share of the base; none from a zero base', () => {
    // A rate of change 5 → 5.2 over 4 years: 0.05 a year, G = 0.05 / 5 = 1 %.
    const p = flag({ firstYear: 2020, values: [5, NaN, NaN, NaN, 5.2], rateOfChange: true });
    expectClose(p.signedGrowth!, 0.01, 1e-12);
    expect(p.flag).toBe('needs-acceleration');
    const zero = flag({ firstYear: 2020, values: [0, 1, 2] });
    expect([zero.flag, zero.noFlag, zero.growth]).toEqual([null, 'zero-base', 'linear']);
  });

  it('a missing base year moves to the next year with a value, and says so', () => {
    const p = flag({
      firstYear: 2015,
      values: years(2015, 2020, { 2016: 100, 2020: 110 }),
      baseYear: 2015,
    });
    expect([p.baseYear, p.baseShifted, p.currentYear]).toEqual([2016, true, 2020]);
    expectClose(p.rate!, 1.1 ** (1 / 4) - 1, 1e-12);
    // A base year before the data starts at their first year with a value.
    expect(flag({ firstYear: 2016, values: [100, 110], baseYear: 2010 }).baseShifted).toBe(true);
  });

  it('the current year is the latest with a value', () => {
    const p = flag({ firstYear: 2015, values: [100, 105, 110, NaN] });
    expect(p.currentYear).toBe(2017);
    expectClose(p.rate!, 1.1 ** 0.5 - 1, 1e-12);
  });

  it('no flag without a value, or without a base before the current year', () => {
    expect(flag({ firstYear: 2015, values: [NaN, NaN] }).noFlag).toBe('no-value');
    const one = flag({ firstYear: 2015, values: [NaN, 7] });
    expect([one.flag, one.noFlag, one.currentYear]).toEqual([null, 'too-few-points', 2016]);
    const late = flag({ firstYear: 2015, values: [1, 2, 3], baseYear: 2017 });
    expect(late.noFlag).toBe('too-few-points');
  });
});

describe('invariants', () => {
  const rng = mulberry32(23);
  const cases = Array.from({ length: 300 }, () => {
    const x0 = 1 + 99 * rng();
    const xc = x0 * (0.5 + rng());
    const target = x0 * (0.5 + 1.5 * rng());
    const direction = rng() < 0.5 ? 1 : -1;
    return { x0, xc, target, direction: direction as 1 | -1 };
  });
  const at = (c: (typeof cases)[number], scale = 1, over: Partial<FlagInput> = {}) =>
    flag({
      firstYear: 2016,
      values: years(2016, 2021, { 2016: c.x0 * scale, 2021: c.xc * scale }),
      direction: c.direction,
      target: { year: 2027, value: c.target * scale },
      ...over,
    });

  it('the flag is the threshold set’s reading of r, and achieved exactly when the target is met', () => {
    for (const c of cases) {
      const p = at(c);
      const met = c.direction * (c.xc - c.target) >= 0;
      expect(p.flag === 'achieved').toBe(met);
      if (!met) expect(p.flag).toBe(flagOf(p.ratio!, THRESHOLDS.statcan.withTarget));
    }
  });

  it('does not depend on the unit of measure (all values × 1000)', () => {
    for (const c of cases) {
      const a = at(c);
      const b = at(c, 1000);
      expect(b.flag).toBe(a.flag);
      if (a.ratio !== null) expectClose(b.ratio!, a.ratio, 1e-9);
    }
  });

  it('a unit exactly on the compound path to its target has r = 1, so it is on track', () => {
    for (const c of cases.slice(0, 50)) {
      const path = c.x0 * (c.target / c.x0) ** (5 / 11);
      const p = at({ ...c, xc: path });
      if (p.flag === 'achieved') continue;
      expectClose(p.ratio!, 1, 1e-9);
      expect(p.flag).toBe('on-track');
    }
  });

  it('linear growth mirrors: negating the values and the direction keeps r', () => {
    for (const c of cases.slice(0, 50)) {
      const a = at(c, 1, { rateOfChange: true });
      const b = at(
        { x0: -c.x0, xc: -c.xc, target: -c.target, direction: -c.direction as 1 | -1 },
        1,
        { rateOfChange: true },
      );
      expect(b.flag).toBe(a.flag);
      if (a.ratio !== null) expectClose(b.ratio!, a.ratio, 1e-12);
    }
  });
});
