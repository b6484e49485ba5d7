import { describe, expect, it } from 'vitest';
import type { HistoryPoint } from '../../../src/api/index.ts';
import { distanceToTarget, trafficLight, trendMark } from '../../../web/src/pages/unit/standing.ts';
import { makeIndicator, progress } from './factories.ts';

describe('trafficLight', () => {
  it('is green for a met target, whichever the direction', () => {
    expect(trafficLight(makeIndicator({ progress: progress({ value: 96, target: 95 }) }), 90)).toBe(
      'green',
    );
    expect(
      trafficLight(
        makeIndicator({
          direction: -1,
          progress: progress({ value: 1.78, target: 1.9, direction: -1 }),
        }),
        90,
      ),
    ).toBe('green');
  });

  it('is amber for a missed target within 5 % or on its way, red otherwise', () => {
    const miss = (value: number, trend: 'improving' | 'stagnating' | 'worsening' | null) =>
      trafficLight(makeIndicator({ progress: progress({ value, target: 100, trend }) }), 90);
    expect(miss(96, 'worsening')).toBe('amber');
    expect(miss(80, 'improving')).toBe('amber');
    expect(miss(80, 'stagnating')).toBe('red');
    expect(miss(80, null)).toBe('red');
  });

  it('without a target, follows the tertile of the rank', () => {
    const at = (rank: number | null) => trafficLight(makeIndicator({ rank, progress: null }), 90);
    expect([at(1), at(30), at(31), at(60), at(61), at(90)]).toEqual([
      'green',
      'green',
      'amber',
      'amber',
      'red',
      'red',
    ]);
    expect(at(null)).toBeNull();
  });
});

describe('trendMark', () => {
  const history = (a: number | null, b: number | null): HistoryPoint[] => [
    { period: '2024', score: 50, rank: 40, domains: {}, indicators: { X1: a } },
    { period: '2025', score: 51, rank: 39, domains: {}, indicators: { X1: b } },
  ];

  it('takes the target rule’s trend when there is one', () => {
    const ind = makeIndicator({
      progress: progress({ value: 80, target: 100, trend: 'worsening' }),
    });
    expect(trendMark(ind, history(70, 80), '2025')).toBe('worsening');
  });

  it('else compares with the period before, in the good direction', () => {
    expect(trendMark(makeIndicator(), history(70, 80), '2025')).toBe('up');
    expect(trendMark(makeIndicator({ direction: -1 }), history(70, 80), '2025')).toBe('down');
    expect(trendMark(makeIndicator(), history(80, 80), '2025')).toBe('flat');
    expect(trendMark(makeIndicator(), history(null, 80), '2025')).toBeNull();
    expect(trendMark(makeIndicator(), history(70, 80), '2024')).toBeNull();
  });
});

describe('distanceToTarget', () => {
  it('is how far is left in the good direction, 0 when met, null without a target', () => {
    expect(
      distanceToTarget(makeIndicator({ progress: progress({ value: 4.1, target: 5.5 }) })),
    ).toBeCloseTo(1.4, 12);
    expect(
      distanceToTarget(
        makeIndicator({ progress: progress({ value: 1.95, target: 1.9, direction: -1 }) }),
      ),
    ).toBeCloseTo(0.05, 12);
    expect(distanceToTarget(makeIndicator({ progress: progress({ value: 99, target: 98 }) }))).toBe(
      0,
    );
    expect(distanceToTarget(makeIndicator())).toBeNull();
  });
});
