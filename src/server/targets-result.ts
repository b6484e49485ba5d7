// The targets assessment of the live data (METHODS.md § Progress towards targets and forecasts):
// every level, computed once per data version and choice in the worker pool (about half a second
// for the bundled data) and kept in the instance's cache, for the targets route, the brief and
// the work items' forecast rule alike. Requests ask for parts of it: a level, a unit, an indicator.

import type { Context } from 'hono';
import { GapscopeError } from '../core/errors.ts';
import type { TargetRow, TargetsResult } from '../core/targets/result.ts';
import type { Level } from '../core/targets/series.ts';
import type { ThresholdName } from '../core/targets/thresholds.ts';
import type { AppEnv } from './env.ts';
import { liveInputs } from './live.ts';
import { ApiError } from './problem.ts';

/** The choices an assessment is made on; each optional (see `TargetsOptions`). */
export interface TargetsChoice {
  /** The year assessed, YYYY (default the latest year of the data). */
  period?: string;
  thresholds?: ThresholdName;
  /** The base year. */
  base?: number;
}

/** What a request takes of an assessment. */
export interface TargetsPart {
  level?: Level;
  unit?: string;
  indicator?: string;
}

/**
 * The pool's jobs are counted per user: the assessment is shared by every request that waits for
 * it, so it is not counted against (nor stopped with) whichever request asked first.
 */
const SHARED_USER = '(targets)';

/**
 * The assessment of the live data on `choice`, all levels, with whether the data are the demo's.
 * A choice the data cannot be assessed on (a year they do not have, a base year not before it) is
 * the request's fault: a 422 naming the query field.
 */
export async function cachedTargets(
  c: Context<AppEnv>,
  choice: TargetsChoice = {},
): Promise<TargetsResult & { demo: boolean }> {
  const store = c.get('store');
  const cache = c.get('cache');
  const inputs = await liveInputs(store, cache, null);
  const key = `targets|${inputs.version}|${choice.period ?? ''}|${choice.thresholds ?? ''}|${choice.base ?? ''}`;
  const result = await cache.get(key, async () => {
    try {
      return await c.get('jobs').run(
        'targets',
        {
          framework: inputs.framework,
          data: inputs.data,
          geography: inputs.geography,
          period: choice.period,
          thresholds: choice.thresholds,
          base: choice.base,
        },
        { user: SHARED_USER, signal: AbortSignal.timeout(c.get('options').timeoutMs) },
      );
    } catch (e) {
      if (e instanceof GapscopeError && e.code.startsWith('targets.'))
        throw new ApiError(422, 'request.invalid', e.message, e.location.path ?? null);
      throw e;
    }
  });
  return { ...(result as TargetsResult), demo: inputs.demo };
}

/** The part of an assessment a request asks for: its rows, models and coverage of that part. */
export function targetsPart<T extends TargetsResult>(result: T, part: TargetsPart): T {
  const levelOk = (l: Level): boolean => part.level === undefined || l === part.level;
  const rowOk = (r: TargetRow): boolean =>
    levelOk(r.level) &&
    (part.unit === undefined || r.unit === part.unit) &&
    (part.indicator === undefined || r.indicator === part.indicator);
  const rows = result.rows.filter(rowOk);
  // A unit's models are those of its level.
  const levels =
    part.unit === undefined
      ? result.levels.filter(levelOk)
      : [...new Set(rows.map((r) => r.level))];
  return {
    ...result,
    levels,
    coverage: result.coverage.filter((cv) => levels.includes(cv.level)),
    models: result.models.filter(
      (m) =>
        levels.includes(m.level) &&
        (part.indicator === undefined || m.indicator === part.indicator),
    ),
    rows,
  };
}
