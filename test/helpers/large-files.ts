// Large, valid data files for the tests and benchmarks of heavy imports: every county of the store
// × every indicator of its framework × months from 1950 on, each value inside its indicator's
// plausible range, so that the whole file is applied.

import { buildTree } from '../../src/core/framework/tree.ts';
import type { Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { storedUnits } from '../../src/store/geography.ts';

/** A long-layout CSV of counties × indicators × `months` months; its bytes and its row count. */
export async function monthlyCsv(
  store: Store,
  months: number,
  firstYear = 1950,
): Promise<{ bytes: Uint8Array; rows: number }> {
  const { framework } = await getFramework(store.db);
  const counties = (await storedUnits(store.db))
    .filter((u) => u.level === 'county')
    .map((u) => u.code);
  const indicators = buildTree(framework).indicators;
  const lines = ['unit,indicator,period,value'];
  for (let m = 0; m < months; m++) {
    const period = `${firstYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const [u, unit] of counties.entries())
      for (const ind of indicators) {
        const [lo, hi] = ind.plausible ?? [0, 100];
        const share = 0.25 + (0.5 * ((m * 7 + u * 13) % 100)) / 100;
        lines.push(`${unit},${ind.id},${period},${(lo + (hi - lo) * share).toFixed(3)}`);
      }
  }
  return { bytes: new TextEncoder().encode(lines.join('\n') + '\n'), rows: lines.length - 1 };
}
