// What moves a unit: its profile (GET /api/units/{code}/profile), what-if with the smallest lifts
// (POST /api/whatif), and how firm its rank is over the method choices (POST /api/uncertainty,
// POST /api/sensitivity).

import { z } from '@hono/zod-openapi';
import { Change, LooseName, Num, Standing } from './common.ts';
import { Coupling, IndicatorResult } from './evaluations.ts';

const Direction = z.union([z.literal(1), z.literal(-1)]);

/** An indicator of a unit against its target (METHODS.md § Diagnostics and levers). */
export const TargetProgress = z
  .strictObject({
    indicator: z.string(),
    direction: Direction,
    period: z.string(),
    value: Num,
    imputed: z.boolean(),
    targetYear: z.number().int(),
    target: z.number(),
    gap: Num,
    achieved: z.boolean().nullable(),
    rateKind: z.enum(['compound', 'linear']),
    needed: Num,
    recent: Num,
    since: z.string().nullable(),
    trend: z.enum(['on-track', 'improving', 'stagnating', 'worsening']).nullable(),
  })
  .openapi('TargetProgress');
export type TargetProgress = z.infer<typeof TargetProgress>;

export const ProfileIndicator = IndicatorResult.extend({
  id: z.string(),
  name: LooseName,
  unit: z.string(),
  direction: Direction,
  progress: TargetProgress.nullable(),
}).openapi('ProfileIndicator');
export type ProfileIndicator = z.infer<typeof ProfileIndicator>;

export const WeakPoint = z
  .strictObject({
    indicator: z.string(),
    reasons: z.array(z.enum(['bottom-quartile', 'behind-target', 'top-obstacle'])),
    obstacle: Num,
    normalised: Num,
    rank: Num,
    of: z.number().int(),
    value: Num,
    imputed: z.boolean(),
    target: z.strictObject({ year: z.number().int(), value: z.number() }).nullable(),
  })
  .openapi('WeakPoint');
export type WeakPoint = z.infer<typeof WeakPoint>;

export const Peer = z
  .strictObject({ unit: z.string(), score: Num, rank: Num, tier: Num, distance: Num })
  .openapi('Peer');
export type Peer = z.infer<typeof Peer>;

export const HistoryPoint = z
  .strictObject({
    period: z.string(),
    score: Num,
    rank: Num,
    domains: z.record(z.string(), Num),
    indicators: z.record(z.string(), Num),
  })
  .openapi('HistoryPoint');
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const Profile = z
  .strictObject({
    demo: z.boolean(),
    period: z.string(),
    compare: z.string().nullable(),
    unit: z.string(),
    name: z.string(),
    city: z.string().nullable(),
    cityName: z.string().nullable(),
    score: Num,
    rank: Num,
    of: z.number().int().openapi({ description: 'Units with a rank' }),
    tier: Num,
    change: Change.nullable(),
    domains: z.record(z.string(), Num),
    domainMeans: z.strictObject({
      all: z.record(z.string(), Num),
      city: z.record(z.string(), Num),
    }),
    coupling: Coupling,
    indicators: z.array(ProfileIndicator),
    weakPoints: z.array(WeakPoint),
    peers: z.strictObject({ tier: z.array(Peer), nearest: z.array(Peer) }),
    history: z.array(HistoryPoint),
  })
  .openapi('UnitProfile');
export type Profile = z.infer<typeof Profile>;

/** One lift goal: the raw value to reach and where it takes the unit, or why it cannot. */
export const LiftTarget = z
  .discriminatedUnion('reachable', [
    z.strictObject({
      reachable: z.literal(true),
      value: z.number(),
      change: z.number(),
      indicatorValue: z.number(),
      score: Num,
      rank: Num,
      tier: Num,
    }),
    z.strictObject({ reachable: z.literal(false), reason: z.string() }),
  ])
  .openapi('LiftTarget');
export type LiftTarget = z.infer<typeof LiftTarget>;

export const Lift = z
  .strictObject({
    indicator: z.string(),
    direction: Direction,
    from: Num,
    bound: Num,
    boundFrom: z.enum(['plausible', 'observed']).nullable(),
    rank: LiftTarget,
    tier: LiftTarget,
  })
  .openapi('Lift');
export type Lift = z.infer<typeof Lift>;

export const WhatIf = z
  .strictObject({
    period: z.string(),
    unit: z.string(),
    changes: z.array(
      z.strictObject({ unit: z.string(), series: z.string(), from: Num, to: z.number() }),
    ),
    before: Standing,
    after: Standing,
    change: Standing.openapi({
      description: 'Positive = better: a higher score, a smaller rank or tier number',
    }),
    moved: z.array(z.strictObject({ unit: z.string(), before: Standing, after: Standing })),
    lifts: z.array(Lift).nullable(),
  })
  .openapi('WhatIf');
export type WhatIf = z.infer<typeof WhatIf>;

/** A unit's nominal value, median and 5–95 % interval over the runs. */
export const Interval = z
  .strictObject({ nominal: Num, median: Num, p5: Num, p95: Num })
  .openapi('Interval');
export type Interval = z.infer<typeof Interval>;

export const Uncertainty = z
  .strictObject({
    period: z.string(),
    runs: z.number().int(),
    seed: z.number().int(),
    choices: z.array(z.string()),
    units: z.array(
      z.strictObject({ unit: z.string(), name: z.string(), rank: Interval, score: Interval }),
    ),
  })
  .openapi('Uncertainty');
export type Uncertainty = z.infer<typeof Uncertainty>;

export const Sensitivity = z
  .strictObject({
    period: z.string(),
    samples: z.number().int(),
    runs: z.number().int(),
    seed: z.number().int(),
    bootstrap: z.number().int(),
    output: z.strictObject({ mean: z.number(), variance: z.number() }),
    indices: z.array(
      z.strictObject({
        choice: z.string(),
        first: Num,
        firstLow: Num,
        firstHigh: Num,
        total: Num,
        totalLow: Num,
        totalHigh: Num,
      }),
    ),
  })
  .openapi('Sensitivity');
export type Sensitivity = z.infer<typeof Sensitivity>;
