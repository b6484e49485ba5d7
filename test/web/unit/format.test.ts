import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatSigned,
  formatSignedValue,
  formatValue,
  interpolate,
} from '../../../web/src/i18n/format.ts';

describe('interpolate', () => {
  it('fills named placeholders and leaves unknown ones as written', () => {
    expect(interpolate('第 {rank} 名 / 共 {of} 个', { rank: 3, of: 90 })).toBe(
      '第 3 名 / 共 90 个',
    );
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(interpolate('no vars')).toBe('no vars');
  });
});

describe('number formats', () => {
  it('groups thousands with fixed decimals; a missing value is a dash', () => {
    expect(formatNumber('en', 12345.678, 1)).toBe('12,345.7');
    expect(formatNumber('zh-CN', 12345.678, 2)).toBe('12,345.68');
    expect(formatNumber('en', null)).toBe('–');
    expect(formatNumber('en', Number.NaN)).toBe('–');
  });

  it('always shows the sign of a change, with a true minus sign', () => {
    expect(formatSigned('en', 1.234, 2)).toBe('+1.23');
    expect(formatSigned('en', -0.02, 2)).toBe('−0.02');
    expect(formatSigned('en', 0.0001, 2)).toBe('±0.00');
    expect(formatSigned('en', null)).toBe('–');
  });

  it('writes raw values with at most four significant digits and no padding zeros', () => {
    expect(formatValue('en', 305161)).toBe('305,161');
    expect(formatValue('en', 4.1)).toBe('4.1');
    expect(formatValue('en', 3.0739514)).toBe('3.074');
    expect(formatValue('en', 0.0052345)).toBe('0.005235');
    expect(formatValue('en', 0)).toBe('0');
    expect(formatValue('en', -12.345)).toBe('-12.35');
  });

  it('signs changes of any size', () => {
    expect(formatSignedValue('en', 3470.93)).toBe('+3,471');
    expect(formatSignedValue('en', -0.0912)).toBe('−0.0912');
    expect(formatSignedValue('en', 0)).toBe('±0');
  });

  it('writes fractions as percentages', () => {
    expect(formatPercent('en', 0.1279, 1)).toBe('12.8%');
    expect(formatPercent('zh-CN', 0.5, 0)).toBe('50%');
  });
});

describe('formatDate', () => {
  it('writes the day in China time in each language', () => {
    expect(formatDate('zh-CN', '2025-10-31T20:00:00Z')).toBe('2025年11月1日');
    expect(formatDate('en', '2025-10-31T08:00:00Z')).toBe('31 October 2025');
    expect(formatDate('en', null)).toBe('–');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});
