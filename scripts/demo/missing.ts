// Realistic gaps in the demo: about 2–3 % of indicator cells left out, more often for the newer
// indicators in early years; never a whole unit-year, never the incomes of the last two years.

export interface MissingRules {
  indicators: string[];
  years: number[];
  /** Cells that must stay (published values, the deliberate outliers …) as `unit|indicator|period`. */
  keep: Set<string>;
}

/** Most indicator cells left out in one unit-year (the income block counts as its two indicators). */
const MAX_PER_UNIT_YEAR = 3;
/** The income block: P1 and P2 go together with the two income series behind them. */
export const INCOME_BLOCK = ['P1', 'P2', 'INC_URBAN', 'INC_RURAL'];

function chance(indicator: string, year: number): number {
  if (indicator === 'P1' || indicator === 'P2') return year <= 2019 ? 0.012 : 0;
  if (indicator === 'P3') return year <= 2023 ? 0.018 : 0;
  let p = 0.018;
  if (['V3', 'V4', 'R4'].includes(indicator) && year <= 2018) p += 0.1;
  if (indicator === 'R3' && year <= 2017) p += 0.05;
  if (indicator === 'C2' && year <= 2017) p += 0.03;
  return p;
}

/** The cells to leave out, as `unit|series|period` keys (series beyond the 18 for the income block). */
export function missingCells(units: string[], rules: MissingRules, rng: () => number): Set<string> {
  const out = new Set<string>();
  for (const unit of units) {
    for (const year of rules.years) {
      let count = 0;
      for (const id of rules.indicators) {
        const u = rng(); // always drawn, so one rule's change does not move the others' draws
        if (id === 'P1' || count >= MAX_PER_UNIT_YEAR || u >= chance(id, year)) continue;
        const cells = id === 'P2' ? INCOME_BLOCK : [id];
        const keys = cells.map((s) => `${unit}|${s}|${year}`);
        if (
          keys.some((k) => rules.keep.has(k)) ||
          count + (id === 'P2' ? 2 : 1) > MAX_PER_UNIT_YEAR
        )
          continue;
        keys.forEach((k) => out.add(k));
        count += id === 'P2' ? 2 : 1;
      }
    }
  }
  return out;
}
