// The published inequality data sets of test/fixtures/inequality/, as columns.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { repoPath } from './fixtures.ts';

/** The rows of a fixture CSV as objects keyed by the header. */
function rows(name: string): Record<string, string>[] {
  return parse(readFileSync(repoPath(`test/fixtures/inequality/${name}`), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
}

/** PySAL's Mexico data: 32 states' per-capita GDP by decade and their regional groupings. */
export function mexico(): {
  column: (name: string) => Float64Array;
  labels: (name: string) => string[];
} {
  const r = rows('mexico.csv');
  return {
    column: (name) => Float64Array.from(r, (x) => Number(x[name])),
    labels: (name) => r.map((x) => x[name]!),
  };
}

/** R `ineq`'s Ilocos households: income of the households of one province. */
export function ilocosIncome(province: string): Float64Array {
  return Float64Array.from(
    rows('ilocos.csv').filter((x) => x.province === province),
    (x) => Number(x.income),
  );
}
