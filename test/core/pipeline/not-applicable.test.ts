// Not applicable (METHODS.md § Not applicable): cells an indicator does not apply to are never
// imputed, do not count against the unit in screening or an aggregate's minimum share, and the
// indicator's weight goes to the unit's other indicators of the same aggregate. Every number below
// is worked by hand from the table in the comment.

import { describe, expect, it } from 'vitest';
import { datasetFromObservations, type Observation } from '../../../src/core/data/dataset.ts';
import { validateFramework } from '../../../src/core/framework/parse.ts';
import { evaluationJson } from '../../../src/core/outputs/evaluation-json.ts';
import { evaluate } from '../../../src/core/pipeline/evaluate.ts';
import { expectClose } from '../../helpers/expect-close.ts';

// One domain D of three indicators A (weight 1), B (weight 1), V (weight 2), and a second domain E
// of one indicator Z; V does not apply to unit u3. Values (min–max over u1…u4 → 0–100):
//        A    B    V    Z          A     B     V      Z
//   u1   0   10    20   5   →      0     0     0      0
//   u2  10   30    60   7   →     50   100   100     50
//   u3  20   20    90*  9   →    100    50     –     100     (* in the data, set aside)
//   u4  15   10   (–)   6   →     75     0    V of u4 missing: group mean of its city (u1, u2)
// u4's city is that of u1 and u2, so its V is imputed as (20 + 60)/2 = 40; u3's is never imputed.
// V's min–max then runs over u1, u2, u4: 20 → 0, 60 → 100, 40 → 50.
function framework(minShare?: number) {
  return validateFramework({
    id: 'na-test',
    version: 1,
    name: { zh: '测试' },
    root: {
      id: 'INDEX',
      name: { zh: '指数' },
      children: [
        {
          id: 'D',
          name: { zh: 'D' },
          ...(minShare === undefined ? {} : { minShare }),
          children: [
            { id: 'A', name: { zh: 'A' }, unit: '', direction: 1, weight: 1 },
            { id: 'B', name: { zh: 'B' }, unit: '', direction: 1, weight: 1 },
            {
              id: 'V',
              name: { zh: 'V' },
              unit: '%',
              direction: 1,
              weight: 2,
              notApplicable: { units: ['u3'], because: { zh: '无行政村', en: 'no villages' } },
            },
          ],
        },
        {
          id: 'E',
          name: { zh: 'E' },
          children: [{ id: 'Z', name: { zh: 'Z' }, unit: '', direction: 1 }],
        },
      ],
    },
  });
}

const TABLE: Record<string, [number, number, number | null, number]> = {
  u1: [0, 10, 20, 5],
  u2: [10, 30, 60, 7],
  u3: [20, 20, 90, 9],
  u4: [15, 10, null, 6],
};

function data() {
  const obs: Observation[] = [];
  for (const [unit, row] of Object.entries(TABLE))
    ['A', 'B', 'V', 'Z'].forEach((series, k) => {
      if (row[k] !== null) obs.push({ unit, series, period: '2025', value: row[k]! });
    });
  const d = datasetFromObservations(obs);
  d.attrs.city = d.units.map((u) => (u === 'u3' ? 'C2' : 'C1'));
  return d;
}

describe('indicators that do not apply to a unit', () => {
  const config = { impute: { method: 'group-mean' as const, group: 'city' } };
  const ev = evaluate({ framework: framework(), data: data(), config });
  const p = ev.periods[0]!;
  const j = (id: string) => ev.tree.indicators.findIndex((i) => i.id === id);
  const u = (code: string) => ev.units.indexOf(code);
  const D = ev.tree.ids.indexOf('D');

  it('are set aside, said in a warning, and never imputed', () => {
    expect(ev.warnings).toContain('V does not apply to u3: its value is not used');
    expect(p.stages.raw[j('V')]![u('u3')]).toBe(90);
    expect(p.stages.imputed[j('V')]![u('u3')]).toBeNaN();
    expect(p.imputedFlags[j('V')]?.[u('u3')] ?? 0).toBe(0);
    // u4's V is missing, not inapplicable: imputed from its city (u1, u2).
    expect(p.stages.imputed[j('V')]![u('u4')]).toBe(40);
    expect(p.imputedFlags[j('V')]![u('u4')]).toBe(1);
    expect(p.notApplicable[j('V')]![u('u3')]).toBe(1);
    expect(p.notApplicable[j('V')]![u('u4')]).toBe(0);
    expect(p.notApplicable[j('A')]).toBeNull();
  });

  it('give their weight to the unit’s other indicators of the domain', () => {
    // u3: D = (1·100 + 1·50)/(1 + 1) = 75: V's weight 2 spread over A and B in proportion.
    expectClose(p.scores[D]![u('u3')]!, 75, 1e-12);
    // u2 and u4 keep all three: (1·50 + 1·100 + 2·100)/4 = 87.5; (1·75 + 1·0 + 2·50)/4 = 43.75.
    expectClose(p.scores[D]![u('u2')]!, 87.5, 1e-12);
    expectClose(p.scores[D]![u('u4')]!, 43.75, 1e-12);
    // The min–max of V ran over the units it applies to: u1 0, u2 100, u4 50.
    expect([u('u1'), u('u2'), u('u4')].map((k) => p.scores[j('V')]![k])).toEqual([0, 100, 50]);
  });

  it('do not count against the unit in screening or in a minimum share', () => {
    // Screening at 100 %: u3 has 3 of the 3 indicators that apply to it.
    const strict = evaluate({
      framework: framework(1),
      data: data(),
      config: { ...config, screen: { threshold: 1 } },
    });
    expect(strict.screened).toEqual([]);
    expect(strict.flagged).toEqual([]);
    expectClose(strict.periods[0]!.scores[D]![u('u3')]!, 75, 1e-12);
  });

  it('are marked in the evaluation’s JSON, with no value', () => {
    const json = evaluationJson(ev, {});
    const u3 = json.units.find((x) => x.unit === 'u3')!.indicators.V!;
    expect(u3).toMatchObject({ raw: 90, value: null, imputed: false, notApplicable: true });
    expect(u3.normalised).toBeNull();
    expect(json.units.find((x) => x.unit === 'u4')!.indicators.V!.notApplicable).toBe(false);
  });

  it('without the declaration, the same value counts', () => {
    const fw = framework();
    const plain = validateFramework({
      ...fw,
      root: JSON.parse(JSON.stringify(fw.root).replace(/,"notApplicable":\{[^}]*\{[^}]*\}\}/, '')),
    });
    const e = evaluate({ framework: plain, data: data(), config });
    expect(e.warnings.some((w) => w.includes('does not apply'))).toBe(false);
    // V of u3 is 90, the top: V's min–max over all four, 20 → 0, 90 → 100.
    expect(e.periods[0]!.stages.imputed[j('V')]![u('u3')]).toBe(90);
  });
});
