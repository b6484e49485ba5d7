// The targets assessment the work items' forecast rule reads, for the server: the cached one of
// targets-result.ts, on the newest year of the data up to the as-of date's, fetched only when an
// item listed is linked to an indicator (METHODS.md § Task-force work system: status rules).

import type { Context } from 'hono';
import { forecastPeriod, type ForecastLookup } from '../core/tasks/forecast-link.ts';
import type { AppEnv } from './env.ts';
import { liveInputs } from './live.ts';
import { cachedTargets } from './targets-result.ts';

/** The lookup the store's work items take (`forecasts`), on this request's instance. */
export function workForecasts(c: Context<AppEnv>): ForecastLookup {
  return async (asOf, years) => {
    const inputs = await liveInputs(c.get('store'), c.get('cache'), null);
    const choice = forecastPeriod(inputs.data.periods, asOf, years);
    if (!choice) return null;
    // The latest year is the assessment's default: the same cached one as GET /api/targets.
    return cachedTargets(c, { period: choice.latest ? undefined : choice.period });
  };
}
