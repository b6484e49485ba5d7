// The ranking table's rows: each unit with its display name, city and rank interval; the search
// and the city and group filters; the rows as a table for download.

import { isValidOn, periodEnd } from '@gapscope/core/geography/units.ts';
import type { Group, Interval, RankingUnit } from '@gapscope/api/index.ts';
import type { ChartTable } from '@gapscope/charts/types.ts';

/** A row: the unit's result, its names and city, and (once computed) its rank interval. */
export interface RankingRow extends RankingUnit {
  label: string;
  /** Both names, for the search. */
  names: string[];
  city: string | null;
  cityLabel: string;
  interval: Interval | null;
}

/** The rows of a ranking, in its order. */
export function rankingRows(
  units: readonly RankingUnit[],
  look: {
    name(code: string, fallback?: string | null): string;
    otherName?(code: string): string;
    city(code: string): string | null;
    interval?(code: string): Interval | null;
  },
): RankingRow[] {
  return units.map((u) => {
    const city = look.city(u.unit);
    return {
      ...u,
      label: look.name(u.unit, u.name),
      names: [u.name, look.otherName?.(u.unit) ?? ''].filter(Boolean),
      city,
      cityLabel: city ? look.name(city) : '',
      interval: look.interval?.(u.unit) ?? null,
    };
  });
}

/** The members of a group at the end of a period (memberships change: METHODS.md § Geography). */
export function groupMembers(group: Group, period: string): Set<string> {
  const date = periodEnd(period);
  return new Set(group.members.filter((m) => isValidOn(m, date)).map((m) => m.unit));
}

/** The rows that match a search text (any name or the code, case-insensitive), a city and a group. */
export function filterRows(
  rows: readonly RankingRow[],
  f: { q?: string; city?: string; members?: Set<string> | null },
): RankingRow[] {
  const q = f.q?.trim().toLowerCase() ?? '';
  return rows.filter(
    (r) =>
      (!q ||
        r.unit.includes(q) ||
        r.label.toLowerCase().includes(q) ||
        r.names.some((n) => n.toLowerCase().includes(q))) &&
      (!f.city || r.city === f.city) &&
      (!f.members || f.members.has(r.unit)),
  );
}

/** The rows as displayed, for CSV: code, name, city, rank, change, tier, score, domains, interval. */
export function rankingTable(
  rows: readonly RankingRow[],
  header: {
    code: string;
    unit: string;
    city: string;
    rank: string;
    change: string;
    tier: string;
    score: string;
    p5: string;
    median: string;
    p95: string;
  },
  domains: readonly { id: string; label: string }[],
): ChartTable {
  return {
    header: [
      header.code,
      header.unit,
      header.city,
      header.rank,
      header.change,
      header.tier,
      header.score,
      ...domains.map((d) => d.label),
      header.p5,
      header.median,
      header.p95,
    ],
    rows: rows.map((r) => [
      r.unit,
      r.label,
      r.cityLabel,
      r.rank,
      r.change?.rank ?? null,
      r.tier,
      r.score,
      ...domains.map((d) => r.domains[d.id] ?? null),
      r.interval?.p5 ?? null,
      r.interval?.median ?? null,
      r.interval?.p95 ?? null,
    ]),
  };
}
