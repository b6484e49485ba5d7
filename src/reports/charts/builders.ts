// The dashboard's chart builders — pure functions from series to an ECharts option — so that a
// PDF draws the same charts as the screen (the PDF passes its own size and font).

export { buildDistributionOption } from '../../../web/src/charts/distribution.ts';
export { buildRadarOption } from '../../../web/src/charts/radar.ts';
export { buildTrendOption } from '../../../web/src/charts/trend.ts';
export { buildUnitBarsOption } from '../../../web/src/charts/unit-bars.ts';
export { buildUrbanRuralOption } from '../../../web/src/charts/urban-rural.ts';
