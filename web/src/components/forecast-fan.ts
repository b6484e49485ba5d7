// A target row of GET /api/targets as the fan chart's input, and the model it was forecast with.

import type { TargetModel, TargetRow, TargetsAnswer } from '@gapscope/api/index.ts';
import type { FanInput, FanLabels } from '@gapscope/charts/fan.ts';

/** The fan of a row: its values from the answer's first year, its forecast path and its target. */
export function fanInputOf(
  firstYear: number,
  row: TargetRow,
  labels: FanLabels,
  yName?: string,
): FanInput {
  return {
    firstYear,
    values: row.values,
    forecast: row.forecast ? { origin: row.forecast.origin, path: row.forecast.path } : null,
    target: row.target,
    labels,
    yName,
  };
}

/** The model a row was forecast with: its level's for its indicator (pooled as it says). */
export function modelOf(answer: TargetsAnswer, row: TargetRow): TargetModel | undefined {
  return answer.models.find((m) => m.level === row.level && m.indicator === row.indicator);
}

/** The forecast's last step, in the target's year: its 80 % bounds for the words under the fan. */
export function lastStep(row: TargetRow): { lo80: number | null; hi80: number | null } {
  const f = row.forecast;
  const s = f?.path.find((p) => p.year === f.year);
  return { lo80: s?.lo80 ?? null, hi80: s?.hi80 ?? null };
}
