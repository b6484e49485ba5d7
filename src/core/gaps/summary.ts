// The three-gap summary of one period: town vs country, region vs region, income vs income.

import type { Dataset } from '../data/dataset.ts';
import { parsePeriod, yearEarlier } from '../data/period.ts';
import { GapscopeError } from '../errors.ts';
import { seriesName } from '../framework/names.ts';
import type { Framework, LocalisedName } from '../framework/schema.ts';
import type { Geography } from '../geography/units.ts';
import { incomeDistribution, type IncomeDistribution } from './income.ts';
import { regionalSpread, type Membership, type RegionalSpread } from './regional.ts';
import { scopeAt } from './scope.ts';
import { urbanRuralSummary, type UrbanRuralSummary } from './urban-rural.ts';
import { valueReader } from './values.ts';

/** What a gap summary is computed from. */
export interface GapSummaryInput {
  framework: Framework;
  data: Dataset;
  geography: Geography;
  period: string;
  /** Whose group membership the groups' changes compare (default 'fixed': the period's, in both). */
  membership?: Membership;
}

/** The three gaps in one period, each figure with its change against the same period a year earlier. */
export interface GapSummary {
  period: string;
  /** The same period a year earlier (2025Q3-ytd → 2024Q3-ytd). */
  compare: string;
  level: 'city' | 'county';
  province: string | null;
  /** Units of the level that exist at the period's end and are in the data. */
  units: number;
  urbanRural: UrbanRuralSummary[];
  regional: RegionalSpread[];
  groups: { id: string; name: LocalisedName }[];
  /**
   * The groups' changes compare the members of `period` in both periods ('fixed') or each
   * period's own members ('own').
   */
  membership: Membership;
  income: IncomeDistribution | null;
}

/**
 * The three-gap summary (METHODS.md § The three-gap summary) of the framework's `gaps` section
 * for one period of the data over the geography's units of its level: the urban–rural ratio and
 * difference (province and each unit), the regional spread of each per-head series (CV, Gini,
 * max/min, Theil T between and within cities and between each group and the rest, each group's
 * relative level) and the income distribution, each with its change against a year earlier.
 */
export function gapSummary(input: GapSummaryInput): GapSummary {
  const { framework, data, geography, period } = input;
  const membership = input.membership ?? 'fixed';
  const spec = framework.gaps;
  if (!spec) {
    throw new GapscopeError(
      'gaps.no-spec',
      `the framework ${framework.id} has no "gaps" section: it must name the urban and rural income series and the per-head series to compare`,
    );
  }
  if (!data.periods.includes(period)) {
    throw new GapscopeError(
      'gaps.period',
      `the data have no period ${period}; they have ${data.periods.join(', ')}`,
    );
  }
  const known = new Map(geography.groups.map((g) => [g.id, g]));
  spec.groups.forEach((g, k) => {
    if (!known.has(g)) {
      throw new GapscopeError(
        'gaps.group',
        `gaps.groups[${k}]: unknown group "${g}"; the geography has ${[...known.keys()].join(', ')}`,
      );
    }
  });
  const compare = yearEarlier(parsePeriod(period));
  const now = scopeAt(geography, data, spec.level, period);
  const before = scopeAt(geography, data, spec.level, compare);
  if (now.units.length === 0) {
    throw new GapscopeError(
      'gaps.no-units',
      `no ${spec.level}-level unit of the geography is in the data for ${period}`,
    );
  }
  const read = valueReader(data, framework);
  return {
    period,
    compare,
    level: spec.level,
    province: now.province,
    units: now.units.length,
    urbanRural: spec.urbanRural.map((u) => urbanRuralSummary(u, read, now, before)),
    regional: spec.regional.map((r) =>
      regionalSpread(
        r,
        r.name ?? seriesName(framework, r.id),
        read,
        geography,
        now,
        before,
        spec.groups,
        membership,
      ),
    ),
    groups: spec.groups.map((g) => ({ id: g, name: known.get(g)!.name })),
    membership,
    income: spec.income ? incomeDistribution(spec.income, read, now, before) : null,
  };
}
