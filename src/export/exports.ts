// The exports a user can ask for: observations (now or as of a moment), the revision history and
// an evaluation's results, as tables.

import type { EvaluationJson } from '../core/outputs/evaluation-json.ts';
import type { Revision, StoredObservation } from '../core/data/stored.ts';
import type { Cell } from './table.ts';

/**
 * Observations as a long table, one row each, with their provenance. It is the import's long
 * layout (the provenance columns are ignored there), so the file imports back revising nothing.
 */
export function observationsTable(obs: StoredObservation[]): { header: string[]; rows: Cell[][] } {
  return {
    header: [
      'unit',
      'indicator',
      'period',
      'value',
      'status',
      'source',
      'note',
      'revision',
      'import',
      'recorded_at',
    ],
    rows: obs.map((o) => [
      o.unit,
      o.series,
      o.period,
      o.value,
      o.status,
      o.source,
      o.note,
      o.revision,
      o.importId,
      o.recordedAt,
    ]),
  };
}

/** Every revision of the given figures, with the file and user each came from. */
export function historyTable(revs: Revision[]): { header: string[]; rows: Cell[][] } {
  return {
    header: [
      'unit',
      'indicator',
      'period',
      'revision',
      'value',
      'status',
      'source',
      'note',
      'recorded_at',
      'file',
      'user',
    ],
    rows: revs.map((o) => [
      o.unit,
      o.series,
      o.period,
      o.revision,
      o.value,
      o.status,
      o.source,
      o.note,
      o.recordedAt,
      o.fileName,
      o.user,
    ]),
  };
}

/** An evaluation's results: a row per unit with score, rank, tier, change and domain scores. */
export function resultsTable(r: EvaluationJson): { header: string[]; rows: Cell[][] } {
  const domains = Object.keys(r.units[0]?.domains ?? {});
  const indicators = Object.keys(r.weights);
  return {
    header: [
      'unit',
      'name',
      'period',
      'score',
      'rank',
      'tier',
      'score_change',
      'rank_change',
      ...domains,
      ...indicators.map((i) => `${i}_normalised`),
    ],
    rows: r.units.map((u) => [
      u.unit,
      u.name ?? '',
      r.period,
      u.score,
      u.rank,
      u.tier,
      u.change?.score ?? null,
      u.change?.rank ?? null,
      ...domains.map((d) => u.domains[d] ?? null),
      ...indicators.map((i) => u.indicators[i]?.normalised ?? null),
    ]),
  };
}
