import { describe, expect, it } from 'vitest';
import type { Lift } from '../../../src/api/index.ts';
import {
  changesOf,
  initialEdits,
  liftReason,
  sortLifts,
} from '../../../web/src/pages/unit/whatif-edits.ts';
import { makeIndicator } from './factories.ts';

const indicators = [
  makeIndicator({ id: 'C1', raw: 4.1 }),
  makeIndicator({ id: 'C4', raw: 305161 }),
  makeIndicator({ id: 'R3', raw: null }),
];

describe('what-if edits', () => {
  it('start from the raw values and send only what changed, in framework order', () => {
    const start = initialEdits(indicators);
    expect(start).toEqual({ C1: 4.1, C4: 305161, R3: null });
    expect(changesOf(indicators, start)).toEqual([]);
    expect(changesOf(indicators, { ...start, R3: 90, C1: 6.5 })).toEqual([
      { series: 'C1', value: 6.5 },
      { series: 'R3', value: 90 },
    ]);
  });

  it('treat an emptied field and a rounding echo as no change', () => {
    expect(changesOf(indicators, { C1: null, C4: 305161 + 1e-9, R3: null })).toEqual([]);
  });
});

describe('lifts', () => {
  const lift = (indicator: string, from: number, change: number | null, reason = ''): Lift => ({
    indicator,
    direction: 1,
    from,
    bound: null,
    boundFrom: null,
    rank:
      change === null
        ? { reachable: false, reason }
        : {
            reachable: true,
            value: from + change,
            change,
            indicatorValue: from + change,
            score: 1,
            rank: 1,
            tier: 1,
          },
    tier: { reachable: false, reason: 'already in the top tier' },
  });

  it('come cheapest first (the smallest relative change for one rank), unreachable last', () => {
    const sorted = sortLifts([
      lift('A', 100, 10),
      lift('B', 100, null, 'not reachable within the search range'),
      lift('C', 10, 0.1),
    ]);
    expect(sorted.map((l) => l.indicator)).toEqual(['C', 'A', 'B']);
  });

  it('name the reason a target cannot be had', () => {
    expect(liftReason({ reachable: false, reason: 'already ranked first' })).toBe('top');
    expect(liftReason({ reachable: false, reason: 'already in the top tier' })).toBe('top');
    expect(
      liftReason({
        reachable: false,
        reason: 'already at or beyond the best value of the search range',
      }),
    ).toBe('atBest');
    expect(liftReason({ reachable: false, reason: 'not reachable within the search range' })).toBe(
      'unreachable',
    );
    expect(liftReason({ reachable: false, reason: 'no denominator POP' })).toEqual({
      text: 'no denominator POP',
    });
    expect(
      liftReason({
        reachable: true,
        value: 1,
        change: 1,
        indicatorValue: 1,
        score: 1,
        rank: 1,
        tier: 1,
      }),
    ).toBeNull();
  });
});
