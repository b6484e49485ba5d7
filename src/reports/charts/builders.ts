// The dashboard's chart builders — pure functions from series to an ECharts option — so that a
// PDF draws the same charts as the screen (the PDF passes its own size and font).

export { buildDistributionOption } from '../../charts/distribution.ts';
export { buildRadarOption } from '../../charts/radar.ts';
export { buildTrendOption } from '../../charts/trend.ts';
export { buildUnitBarsOption } from '../../charts/unit-bars.ts';
export { buildUrbanRuralOption } from '../../charts/urban-rural.ts';
