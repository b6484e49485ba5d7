// Peers: same tier, same group, nearest on normalised values with missing values rescaled and
// ties broken by unit code.

import { describe, expect, it } from 'vitest';
import { datasetFromObservations } from '../../../src/core/data/dataset.ts';
import { peers } from '../../../src/core/diagnostics/peers.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { makeDataset, makeFramework } from '../../helpers/factories.ts';

const fw = makeFramework({ domains: 2, perDomain: 2 });

describe('peers by tier and group', () => {
  const data = makeDataset(fw, { units: 20, seed: 3 });
  const ev = evaluate({ framework: fw, data, config: { tiers: { k: 5 } } });
  const p = ev.periods[0]!;
  const rank = p.rank(ev.tree.root);

  it('same tier: the other units of the unit’s tier, in rank order', () => {
    const u = ev.units.findIndex((_, k) => rank[k] === 6);
    const got = peers(ev, ev.units[u]!, { by: 'tier' });
    expect(got.map((x) => x.rank)).toEqual([5, 7, 8]);
    expect(got.every((x) => x.tier === 2 && x.distance === null)).toBe(true);
  });

  it('same group: units sharing the label, in rank order; no label, no peers', () => {
    const groups = ev.units.map((_, k) => (k % 4 === 0 ? null : `G${k % 2}`));
    const got = peers(ev, ev.units[1]!, { by: 'group', groups });
    expect(got.map((x) => ev.units.indexOf(x.unit) % 2)).toEqual(got.map(() => 1));
    expect(got.map((x) => x.rank)).toEqual([...got.map((x) => x.rank!)].sort((a, b) => a - b));
    expect(peers(ev, ev.units[0]!, { by: 'group', groups })).toEqual([]);
    expect(() => peers(ev, ev.units[0]!, { by: 'group', groups: ['x'] })).toThrow(/1 group labels/);
  });
});

describe('nearest peers', () => {
  // Goalposts [0, 200]: y = x / 2. P's nearest: Q and R at 0 (R over its 3 shared indicators),
  // U at √(5² · 4/2) (two shared), S at 10, T at 20.
  const rows: [string, number[]][] = [
    ['P', [100, 100, 100, 100]],
    ['T', [100, 140, 100, 100]],
    ['S', [120, 100, 100, 100]],
    ['R', [100, 100, 100, NaN]],
    ['Q', [100, 100, 100, 100]],
    ['U', [NaN, NaN, 110, 100]],
  ];
  const data = datasetFromObservations(
    rows.flatMap(([unit, v]) =>
      v.flatMap((value, j) =>
        Number.isNaN(value) ? [] : [{ unit, series: `I${j + 1}`, period: '2024', value }],
      ),
    ),
  );
  const ev = evaluate({
    framework: fw,
    data,
    config: {
      treat: { method: 'none' },
      screen: { threshold: 0 },
      normalise: { method: 'goalposts' },
    },
  });

  it('orders by distance, ties by code, and rescales for missing values', () => {
    const got = peers(ev, 'P', { by: 'nearest', k: 5 });
    expect(got.map((x) => x.unit)).toEqual(['Q', 'R', 'U', 'S', 'T']);
    expectClose(got[2]!.distance!, Math.sqrt(50), 1e-12);
    expectClose(got[3]!.distance!, 10, 1e-12);
  });

  it('on chosen indicators only', () => {
    const got = peers(ev, 'P', { by: 'nearest', indicators: ['I2'], k: 2 });
    expect(got.map((x) => x.unit)).toEqual(['Q', 'R']);
    expect(got[0]!.distance).toBe(0);
    expect(() => peers(ev, 'P', { by: 'nearest', indicators: ['D1'] })).toThrow(/not an indicator/);
  });
});
