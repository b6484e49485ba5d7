// The three gaps: the summary of a period (GET /api/gaps), a regional series over time with its
// convergence (GET /api/gaps/series) and the values the map colours units by (GET /api/map/values).

import { MEMBERSHIPS } from '../core/gaps/regional.ts';
import { z } from '@hono/zod-openapi';
import { Figure, LooseName, Num } from './common.ts';

const Source = z.enum(['data', 'units']).nullable();

const UrbanRuralFigures = {
  urban: Figure,
  rural: Figure,
  ratio: Figure,
  difference: Figure,
};

/** The urban–rural gap of one pair of series, for the province and each unit. */
export const UrbanRuralGap = z
  .strictObject({
    id: z.string(),
    name: LooseName,
    province: z.strictObject({
      ...UrbanRuralFigures,
      unit: z.string().nullable(),
      source: Source.openapi({ description: 'The province’s own row, or its units pooled' }),
      sourceYearEarlier: Source,
      n: z.number().int().openapi({ description: 'Units pooled for the value, else 0' }),
    }),
    units: z.array(z.strictObject({ ...UrbanRuralFigures, unit: z.string() })),
  })
  .openapi('UrbanRuralGap');
export type UrbanRuralGap = z.infer<typeof UrbanRuralGap>;

export const GroupGap = z
  .strictObject({
    group: z.string(),
    n: z.number().int(),
    mean: Figure,
    relativeLevel: Figure,
    theilT: z.strictObject({ between: Figure, within: Figure }),
  })
  .openapi('GroupGap');
export type GroupGap = z.infer<typeof GroupGap>;

/** The spread of one per-head series over the units (METHODS.md § The three-gap summary). */
export const RegionalSpread = z
  .strictObject({
    id: z.string(),
    name: LooseName,
    weighted: z.boolean(),
    n: z.number().int(),
    mean: Figure,
    cv: Figure,
    cvWeighted: Figure,
    gini: Figure,
    maxMin: Figure,
    theilT: z.strictObject({ total: Figure, between: Figure, within: Figure }),
    groups: z.array(GroupGap),
  })
  .openapi('RegionalSpread');
export type RegionalSpread = z.infer<typeof RegionalSpread>;

const ShareFigure = Figure.extend({ source: Source });

export const IncomeDistribution = z
  .strictObject({
    unit: z.string().nullable(),
    middleShare: ShareFigure.nullable(),
    lowShare: ShareFigure.nullable(),
    quantiles: z.strictObject({ gini: Figure, topBottomRatio: Figure }).nullable(),
  })
  .openapi('IncomeDistribution');
export type IncomeDistribution = z.infer<typeof IncomeDistribution>;

export const GapSummary = z
  .strictObject({
    period: z.string(),
    compare: z.string().openapi({ description: 'The same period a year earlier' }),
    level: z.enum(['city', 'county']),
    province: z.string().nullable(),
    units: z.number().int(),
    urbanRural: z.array(UrbanRuralGap),
    regional: z.array(RegionalSpread),
    groups: z.array(z.strictObject({ id: z.string(), name: LooseName })),
    membership: z.enum(MEMBERSHIPS).openapi({
      description:
        'The groups’ changes compare the period’s members in both periods (fixed) or each period’s own (own)',
    }),
    income: IncomeDistribution.nullable(),
    demo: z.boolean(),
  })
  .openapi('GapSummary');
export type GapSummary = z.infer<typeof GapSummary>;

export const LorenzCurve = z
  .strictObject({
    period: z.string(),
    population: z.array(z.number()),
    income: z.array(z.number()),
    gini: Num,
  })
  .openapi('LorenzCurve');
export type LorenzCurve = z.infer<typeof LorenzCurve>;

/** A regional series over periods with its σ- and β-convergence and Lorenz curves. */
export const GapSeries = z
  .strictObject({
    series: z.string(),
    name: LooseName,
    choices: z.array(z.strictObject({ id: z.string(), name: LooseName })),
    level: z.enum(['city', 'county']),
    from: z.string(),
    to: z.string(),
    years: z.number(),
    periods: z.array(z.string()),
    units: z.array(z.strictObject({ unit: z.string(), values: z.array(Num) })),
    groups: z.array(
      z.strictObject({ id: z.string(), name: LooseName, members: z.array(z.string()) }),
    ),
    sigma: z.array(z.strictObject({ period: z.string(), value: Num })),
    beta: z
      .strictObject({
        a: z.number(),
        b: z.number(),
        se: z.number(),
        t: Num,
        r2: Num,
        speed: Num,
        halfLife: Num,
        n: z.number().int(),
      })
      .nullable(),
    betaError: z.string().nullable(),
    lorenz: z.strictObject({ units: LorenzCurve.nullable(), quantiles: LorenzCurve.nullable() }),
    demo: z.boolean(),
  })
  .openapi('GapSeries');
export type GapSeries = z.infer<typeof GapSeries>;

export const MapMeasure = z
  .strictObject({
    id: z
      .string()
      .openapi({ description: 'INDEX, a domain id, an indicator id, or gap:<urban–rural id>' }),
    kind: z.enum(['index', 'domain', 'indicator', 'gap']),
    name: LooseName,
    unit: z.string(),
    direction: z.union([z.literal(1), z.literal(-1)]),
    hasTargets: z.boolean(),
  })
  .openapi('MapMeasure');
export type MapMeasure = z.infer<typeof MapMeasure>;

export const MapValues = z
  .strictObject({
    measure: MapMeasure,
    measures: z.array(MapMeasure),
    periods: z.array(z.string()),
    targets: z.array(Num).nullable(),
    units: z.array(
      z.strictObject({
        unit: z.string(),
        values: z.array(Num),
        imputed: z.array(z.boolean()).optional(),
      }),
    ),
    demo: z.boolean(),
  })
  .openapi('MapValues');
export type MapValues = z.infer<typeof MapValues>;
