// Peers: the units a unit is best compared with — the same tier, the same city or group, or the
// nearest on chosen indicators (METHODS.md § Diagnostics and levers).

import { GapscopeError } from '../errors.ts';
import type { Evaluation } from '../pipeline/evaluate.ts';
import { periodResult, unitIndex } from './select.ts';

/** How peers are chosen. */
export type PeerCriterion =
  | { by: 'tier' }
  /** `groups[u]`: the group (city, or any category) of evaluated unit u; null for none. */
  | { by: 'group'; groups: readonly (string | null)[] }
  /** The k nearest (default 5) on the given indicators (default all). */
  | { by: 'nearest'; indicators?: string[]; k?: number };

export interface Peer {
  unit: string;
  score: number | null;
  rank: number | null;
  tier: number | null;
  /** Euclidean distance on normalised values (`nearest` only). */
  distance: number | null;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A unit's peers in a period (default: the latest), the unit itself excluded. `tier` and `group`
 * peers come in rank order (units without a rank last), ties by unit code. `nearest` peers come by
 * distance d = √(Σ_j (y_uj − y_vj)² · m/m′) over the m chosen indicators, summed over the m′ that
 * both units have (so a missing value neither shrinks nor grows the distance), on the pipeline's
 * normalised values; ties by unit code. Units sharing no indicator are never near.
 */
export function peers(
  ev: Evaluation,
  unit: string,
  criterion: PeerCriterion,
  opts: { period?: string } = {},
): Peer[] {
  const p = periodResult(ev, opts.period);
  const u = unitIndex(ev, unit);
  const root = ev.tree.root;
  const score = p.scores[root]!;
  const rank = p.rank(root);
  const peer = (v: number, distance: number | null): Peer => ({
    unit: ev.units[v]!,
    score: score[v]! === score[v]! ? score[v]! : null,
    rank: rank[v]! || null,
    tier: p.tiers[v]! || null,
    distance,
  });
  const others = ev.units.map((_, v) => v).filter((v) => v !== u);
  if (criterion.by === 'nearest') {
    const js = (criterion.indicators ?? ev.tree.indicators.map((i) => i.id)).map((id) => {
      const j = ev.tree.index.get(id);
      if (j === undefined || j >= ev.tree.nIndicators) {
        throw new GapscopeError(
          'diagnostics.unknown-indicator',
          `peers: "${id}" is not an indicator of the framework`,
        );
      }
      return j;
    });
    const near: { v: number; d: number }[] = [];
    for (const v of others) {
      let ss = 0;
      let m = 0;
      for (const j of js) {
        const a = p.scores[j]![u]!;
        const b = p.scores[j]![v]!;
        if (a === a && b === b) {
          ss += (a - b) ** 2;
          m++;
        }
      }
      if (m) near.push({ v, d: Math.sqrt((ss * js.length) / m) });
    }
    near.sort((a, b) => a.d - b.d || byCode(ev.units[a.v]!, ev.units[b.v]!));
    return near.slice(0, criterion.k ?? 5).map((x) => peer(x.v, x.d));
  }
  let same: number[];
  if (criterion.by === 'tier') {
    const t = p.tiers[u]!;
    same = t ? others.filter((v) => p.tiers[v] === t) : [];
  } else {
    if (criterion.groups.length !== ev.units.length) {
      throw new GapscopeError(
        'diagnostics.groups',
        `peers: ${criterion.groups.length} group labels for ${ev.units.length} evaluated units`,
      );
    }
    const g = criterion.groups[u];
    same = g === null || g === undefined ? [] : others.filter((v) => criterion.groups[v] === g);
  }
  same.sort(
    (a, b) => (rank[a]! || Infinity) - (rank[b]! || Infinity) || byCode(ev.units[a]!, ev.units[b]!),
  );
  return same.map((v) => peer(v, null));
}
