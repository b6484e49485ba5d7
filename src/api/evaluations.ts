// Evaluations: a run's full result, the published list, the ranking table and the overview the
// dashboard opens with (src/server/routes/evaluations.ts).

import { z } from '@hono/zod-openapi';
import { PipelineConfigSchema } from '../core/pipeline/config.ts';
import { Change, Num } from './common.ts';

const FrameworkRef = z.strictObject({ id: z.string(), version: z.string() });

/** One indicator of one unit in a result (core/outputs/evaluation-json.ts). */
export const IndicatorResult = z
  .strictObject({
    raw: Num,
    value: Num,
    imputed: z.boolean(),
    notApplicable: z.boolean().openapi({
      description:
        'The indicator does not apply to the unit: no value, none imputed, its weight spread',
    }),
    treated: z.string().nullable(),
    normalised: Num,
    rank: Num,
    contribution: Num,
    obstacle: Num,
  })
  .openapi('IndicatorResult');
export type IndicatorResult = z.infer<typeof IndicatorResult>;

/** Coupling coordination of the domains (METHODS.md § Coupling coordination). */
export const Coupling = z
  .strictObject({ C: Num, T: Num, D: Num, class: z.string().nullable() })
  .openapi('Coupling');
export type Coupling = z.infer<typeof Coupling>;

export const UnitResult = z
  .strictObject({
    unit: z.string(),
    name: z.string().optional(),
    score: Num,
    rank: Num,
    tier: Num,
    change: Change.nullable(),
    domains: z.record(z.string(), Num),
    coupling: Coupling,
    indicators: z.record(z.string(), IndicatorResult),
  })
  .openapi('UnitResult');
export type UnitResult = z.infer<typeof UnitResult>;

/** The result of an evaluation for one period, with what makes it reproducible. */
export const EvaluationResult = z
  .strictObject({
    software: z.strictObject({ name: z.string(), version: z.string() }),
    framework: FrameworkRef,
    config: PipelineConfigSchema,
    asOf: z.string().nullable(),
    inputsHash: z.string(),
    hash: z.string().openapi({ description: 'One number to cite for a published figure' }),
    period: z.string(),
    periods: z.array(z.string()),
    compare: z.string().nullable(),
    weights: z
      .record(z.string(), z.number())
      .openapi({ description: 'Indicator → weight in the whole index (sums to 1)' }),
    nodeWeights: z.record(z.string(), z.number()),
    ahp: z.array(
      z.strictObject({ node: z.string(), lambdaMax: z.number(), ci: z.number(), cr: z.number() }),
    ),
    units: z.array(UnitResult),
    screened: z.array(z.strictObject({ unit: z.string(), share: z.number(), reason: z.string() })),
    treatment: z.record(
      z.string(),
      z.strictObject({
        method: z.string(),
        changed: z.number(),
        skewBefore: Num,
        kurtBefore: Num,
        skewAfter: Num,
        kurtAfter: Num,
      }),
    ),
    flagged: z.array(z.strictObject({ unit: z.string(), node: z.string(), share: z.number() })),
    warnings: z.array(z.string()),
    demo: z.boolean().optional().openapi({ description: 'True when demonstration data count' }),
  })
  .openapi('EvaluationResult');
export type EvaluationResult = z.infer<typeof EvaluationResult>;

export const PublishedEvaluation = z
  .strictObject({
    id: z.number().int(),
    period: z.string(),
    asOf: z.string(),
    createdAt: z.string(),
    // Account names are for signed-in users only: the public sees no one's name.
    createdBy: z.string().optional().openapi({ description: 'Signed-in callers only' }),
  })
  .openapi('PublishedEvaluation');
export type PublishedEvaluation = z.infer<typeof PublishedEvaluation>;

/** A published result as fetched (GET /api/evaluations/{id}): exactly as published. */
export const PublishedResult = EvaluationResult.extend({
  id: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string().optional().openapi({ description: 'Signed-in callers only' }),
}).openapi('PublishedResult');
export type PublishedResult = z.infer<typeof PublishedResult>;

/** A unit in brief: the overview's lists. */
export const UnitBrief = z
  .strictObject({
    unit: z.string(),
    name: z.string(),
    score: Num,
    rank: Num,
    tier: Num,
    change: Change.nullable(),
  })
  .openapi('UnitBrief');
export type UnitBrief = z.infer<typeof UnitBrief>;

/** A row of the ranking. */
export const RankingUnit = UnitBrief.extend({ domains: z.record(z.string(), Num) }).openapi(
  'RankingUnit',
);
export type RankingUnit = z.infer<typeof RankingUnit>;

/** What a ranking or overview was computed from. */
const Basis = {
  period: z.string(),
  periods: z.array(z.string()),
  compare: z.string().nullable(),
  demo: z.boolean(),
  framework: FrameworkRef,
  hash: z.string(),
  asOf: z.string().nullable(),
};

export const Ranking = z.strictObject({ ...Basis, units: z.array(RankingUnit) }).openapi('Ranking');
export type Ranking = z.infer<typeof Ranking>;

/** The index's distribution over the scored units: type-7 quantiles (METHODS.md). */
export const Distribution = z
  .strictObject({ min: Num, p25: Num, median: Num, p75: Num, max: Num })
  .openapi('Distribution');
export type Distribution = z.infer<typeof Distribution>;

/** The first screen, when there is something to show. */
export const OverviewFilled = z
  .strictObject({
    published: z
      .boolean()
      .openapi({ description: 'True for the newest published evaluation (the public’s view)' }),
    ...Basis,
    units: z.number().int().openapi({ description: 'Units with a score' }),
    distribution: Distribution,
    top: z.array(UnitBrief),
    bottom: z.array(UnitBrief),
    risers: z.array(UnitBrief).openapi({ description: 'Largest rank gains (strictly positive)' }),
    fallers: z.array(UnitBrief).openapi({ description: 'Largest rank losses (strictly negative)' }),
  })
  .openapi('OverviewFilled');
export type OverviewFilled = z.infer<typeof OverviewFilled>;

/** The public's first screen before anything is published. */
export const OverviewEmpty = z
  .strictObject({ published: z.literal(false) })
  .openapi('OverviewEmpty');

export const Overview = z.union([OverviewFilled, OverviewEmpty]).openapi('Overview');
export type Overview = z.infer<typeof Overview>;
