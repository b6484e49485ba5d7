// The targets assessment the work items' forecast rule reads, for the command: made from the
// store's data when an item listed is linked to an indicator (the server takes its cached one,
// server/work-forecasts.ts).

import { assessTargets } from '../core/targets/assess.ts';
import { forecastPeriod, type ForecastLookup } from '../core/tasks/forecast-link.ts';
import type { Store } from '../store/connect.ts';
import { loadLiveInputs } from '../store/live-inputs.ts';

/**
 * The assessment of the store's data on the newest year up to the as-of date's (METHODS.md
 * § Task-force work system: status rules), all levels.
 */
export function storeForecasts(store: Store): ForecastLookup {
  return async (asOf, years) => {
    const inputs = await loadLiveInputs(store.db);
    const choice = forecastPeriod(inputs.data.periods, asOf, years);
    return choice
      ? assessTargets({
          framework: inputs.framework,
          data: inputs.data,
          geography: inputs.geography,
          period: choice.period,
        })
      : null;
  };
}
