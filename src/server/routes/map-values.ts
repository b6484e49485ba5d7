// The values the dashboard's map colours units by, for every period at once (the time slider and
// the tooltips' trend lines need them all): the index, a domain score, an indicator's value with
// its targets, or an urban–rural ratio per unit.

import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { MapValues, type MapMeasure } from '../../api/gaps.ts';
import { parsePeriod } from '../../core/data/period.ts';
import { targetFor } from '../../core/diagnostics/targets.ts';
import { valueReader } from '../../core/gaps/values.ts';
import type { Evaluation } from '../../core/pipeline/evaluate.ts';
import type { LiveInputs } from '../live.ts';
import type { AppEnv } from '../env.ts';
import { liveEvaluationObject } from '../live.ts';
import { requireUser } from '../middleware/auth.ts';
import { jsonText, sendJsonText } from '../answer.ts';
import { ApiError } from '../problem.ts';
import { errors, json } from '../schemas.ts';

const num = (v: number | undefined): number | null =>
  v !== undefined && Number.isFinite(v) ? v : null;

/** Every measure the map can show: the index, its domains, its indicators, the urban–rural gaps. */
export function mapMeasures(ev: Evaluation, inputs: LiveInputs): MapMeasure[] {
  const tree = ev.tree;
  const root = tree.framework.root;
  return [
    { id: root.id, kind: 'index', name: root.name, unit: '', direction: 1, hasTargets: false },
    ...[...tree.children[tree.root]!].map((k) => ({
      id: tree.ids[k]!,
      kind: 'domain' as const,
      name: tree.aggregates[k - tree.nIndicators]!.name,
      unit: '',
      direction: 1 as const,
      hasTargets: false,
    })),
    ...tree.indicators.map((ind) => ({
      id: ind.id,
      kind: 'indicator' as const,
      name: ind.name,
      unit: ind.unit,
      direction: ind.direction,
      hasTargets: !!ind.targets && Object.keys(ind.targets).length > 0,
    })),
    ...(inputs.framework.gaps?.urbanRural ?? []).map((g) => ({
      id: `gap:${g.id}`,
      kind: 'gap' as const,
      name: g.name,
      unit: '',
      direction: -1 as const,
      hasTargets: false,
    })),
  ];
}

/**
 * The values of one measure for every evaluated unit in every evaluated period: scores (0–100)
 * for the index and domains; for an indicator its value on its own scale after denomination and
 * imputation (imputed ones flagged) and the target of each period's year, or the next later year
 * that has one (METHODS.md § Diagnostics and levers); for gap:<id> the unit's urban ÷ rural ratio.
 */
export function mapValues(
  ev: Evaluation,
  inputs: LiveInputs,
  measureId: string,
): Omit<MapValues, 'demo'> {
  const measures = mapMeasures(ev, inputs);
  const measure = measures.find((m) => m.id === measureId);
  if (!measure)
    throw new ApiError(
      422,
      'request.invalid',
      `measure must be one of ${measures.map((m) => m.id).join(', ')}; got "${measureId}"`,
      'measure',
    );
  const periods = ev.periods.map((p) => p.period);
  const base = { measure, measures, periods };
  if (measure.kind === 'gap') {
    const spec = inputs.framework.gaps!.urbanRural.find((g) => `gap:${g.id}` === measure.id)!;
    const read = valueReader(inputs.data, inputs.framework);
    const ratios = periods.map((p) => {
      const u = read.values(spec.urban, p, ev.units);
      const r = read.values(spec.rural, p, ev.units);
      return u.map((v, k) => (r[k]! > 0 ? v / r[k]! : NaN));
    });
    return {
      ...base,
      targets: null,
      units: ev.units.map((unit, i) => ({ unit, values: ratios.map((c) => num(c[i])) })),
    };
  }
  const k = ev.tree.index.get(measure.id)!;
  if (measure.kind === 'indicator') {
    const ind = ev.tree.indicators[k]!;
    return {
      ...base,
      targets: periods.map((p) => targetFor(ind, parsePeriod(p).year)?.value ?? null),
      units: ev.units.map((unit, i) => ({
        unit,
        values: ev.periods.map((p) => num(p.stages.imputed[k]![i])),
        imputed: ev.periods.map((p) => !!p.imputedFlags[k]?.[i]),
      })),
    };
  }
  return {
    ...base,
    targets: null,
    units: ev.units.map((unit, i) => ({
      unit,
      values: ev.periods.map((p) => num(p.scores[k]![i])),
    })),
  };
}

export function mapValueRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/map/values',
      tags: ['evaluations'],
      summary:
        'One measure (the index, a domain, an indicator or an urban–rural gap) for every unit in every period, for the map',
      request: {
        query: z.object({
          measure: z
            .string()
            .max(80)
            .regex(/^[A-Za-z0-9_.:-]+$/, 'a measure id')
            .optional()
            .openapi({ description: 'Default: the index' }),
        }),
      },
      responses: { 200: json(MapValues, 'Values by unit and period'), ...errors(401, 422) },
    }),
    async (c) => {
      requireUser(c);
      const store = c.get('store');
      const cache = c.get('cache');
      const { ev, inputs } = await liveEvaluationObject(store, cache);
      const id = c.req.valid('query').measure ?? ev.tree.framework.root.id;
      const text = await cache.get(`mapvalues|${inputs.version}|${id}`, async () =>
        jsonText<MapValues>({ ...mapValues(ev, inputs, id), demo: inputs.demo }),
      );
      return sendJsonText(c, text);
    },
  );
}
