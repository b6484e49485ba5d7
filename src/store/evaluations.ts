// Published evaluations: the config, provenance and results of a run, kept exactly as published.

import type { Kysely } from 'kysely';
import { GapscopeError } from '../core/errors.ts';
import type { EvaluationJson } from '../core/outputs/evaluation-json.ts';
import { audit } from './audit.ts';
import { now } from './clock.ts';
import type { Database } from './schema.ts';

/** A published evaluation as stored. */
export interface PublishedEvaluation {
  id: number;
  period: string;
  asOf: string;
  createdAt: string;
  createdBy: string;
  /** The result as published; `demo` says whether its data were (or included) the demo data. */
  result: EvaluationJson & { demo?: boolean };
}

/** Stores a result as published; returns its id. */
export async function publishEvaluation(
  db: Kysely<Database>,
  result: EvaluationJson & { demo?: boolean },
  opts: { user: string; asOf: string; at?: string },
): Promise<number> {
  const at = opts.at ?? now();
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('evaluations')
      .values({
        framework_id: result.framework.id,
        framework_version: result.framework.version,
        period: result.period,
        as_of: opts.asOf,
        config: JSON.stringify(result.config),
        inputs_hash: result.inputsHash,
        hash: result.hash,
        software_version: result.software.version,
        results: JSON.stringify(result),
        created_at: at,
        created_by: opts.user,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      at,
      actor: opts.user,
      action: 'evaluation.publish',
      entity: 'evaluation',
      key: String(id),
      after: { period: result.period, hash: result.hash },
    });
    return Number(id);
  });
}

/** One published evaluation, unchanged. */
export async function getEvaluation(
  db: Kysely<Database>,
  id: number,
): Promise<PublishedEvaluation> {
  const r = await db.selectFrom('evaluations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new GapscopeError('evaluation.none', `no published evaluation ${id}`);
  return {
    id: Number(r.id),
    period: r.period,
    asOf: r.as_of,
    createdAt: r.created_at,
    createdBy: r.created_by,
    result: JSON.parse(r.results) as EvaluationJson,
  };
}

/** Published evaluations, newest first (without their results). */
export async function listEvaluations(
  db: Kysely<Database>,
): Promise<Omit<PublishedEvaluation, 'result'>[]> {
  const rows = await db
    .selectFrom('evaluations')
    .select(['id', 'period', 'as_of', 'created_at', 'created_by'])
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    period: r.period,
    asOf: r.as_of,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}
