// The one text module: placeholders, numbers, signed changes, percentages, rank moves, dates and
// times, in both languages, with the product's conventions for zero, missing values and rounding.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fill,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRankMove,
  formatSigned,
  formatTimestamp,
  MISSING,
} from '../../../src/core/text/format.ts';
import { LANGS } from '../../../src/core/text/lang.ts';
import { sourceFiles } from '../../helpers/boundaries.ts';
import { repoPath } from '../../helpers/fixtures.ts';

const MISSING_VALUES = [null, undefined, Number.NaN, Infinity, -Infinity];

describe('fill', () => {
  it('fills named placeholders, numbers as written', () => {
    expect(fill('第 {rank} 名 / 共 {of} 个', { rank: 3, of: 90 })).toBe('第 3 名 / 共 90 个');
    expect(fill('{a}{a} {b}', { a: 'x', b: 0.5 })).toBe('xx 0.5');
  });

  it('leaves a placeholder without a value as written, so that a missing word shows', () => {
    expect(fill('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(fill('{a} and {b}', { a: null, b: undefined })).toBe('{a} and {b}');
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
    expect(fill('no vars {x}')).toBe('no vars {x}');
  });

  it('fills an empty string and a zero, which are values', () => {
    expect(fill('[{a}] [{b}]', { a: '', b: 0 })).toBe('[] [0]');
  });
});

describe('formatNumber', () => {
  it('writes fixed decimals with grouped thousands in both languages (default 2 decimals)', () => {
    for (const lang of LANGS) {
      expect(formatNumber(12345.678, lang)).toBe('12,345.68');
      expect(formatNumber(12345.678, lang, { digits: 1 })).toBe('12,345.7');
      expect(formatNumber(1.5, lang, { digits: 2 })).toBe('1.50');
      expect(formatNumber(-1234.5, lang)).toBe('-1,234.50');
    }
  });

  it('prints zero, and a negative value that rounds to zero, as an unsigned zero', () => {
    expect(formatNumber(0, 'en', { digits: 1 })).toBe('0.0');
    expect(formatNumber(-0, 'zh-CN', { digits: 0 })).toBe('0');
    expect(formatNumber(-0.04, 'en', { digits: 1 })).toBe('0.0');
    expect(formatNumber(-0.001, 'zh-CN', { digits: 2 })).toBe('0.00');
  });

  it('rounds half away from zero on the decimal the number is written as', () => {
    expect(formatNumber(1.005, 'en')).toBe('1.01'); // 1.00499999… in binary, 1.005 as written
    expect(formatNumber(0.125, 'en')).toBe('0.13');
    expect(formatNumber(-0.125, 'en')).toBe('-0.13');
    expect(formatNumber(1.45, 'zh-CN', { digits: 1 })).toBe('1.5');
    expect(formatNumber(2.5, 'en', { digits: 0 })).toBe('3');
    expect(formatNumber(-2.5, 'zh-CN', { digits: 0 })).toBe('-3');
  });

  it('writes `significant` digits without padding zeros, whole numbers whole', () => {
    for (const lang of LANGS) {
      expect(formatNumber(305161, lang, { significant: 4 })).toBe('305,161');
      expect(formatNumber(4.1, lang, { significant: 4 })).toBe('4.1');
      expect(formatNumber(3.0739514, lang, { significant: 4 })).toBe('3.074');
      expect(formatNumber(0.0052345, lang, { significant: 4 })).toBe('0.005235');
      expect(formatNumber(-12.345, lang, { significant: 4 })).toBe('-12.35');
      expect(formatNumber(0, lang, { significant: 4 })).toBe('0');
    }
    // At most six decimals: a value smaller than that rounds to zero, unsigned.
    expect(formatNumber(-1e-9, 'en', { significant: 4 })).toBe('0');
    expect(formatNumber(99.995, 'en', { significant: 4 })).toBe('100');
  });

  it('leaves out the thousands separators when asked (the command’s tables)', () => {
    expect(formatNumber(12345.678, 'en', { digits: 2, grouping: false })).toBe('12345.68');
    expect(formatNumber(-0.001, 'en', { digits: 2, grouping: false })).toBe('0.00');
  });

  it('writes the language’s short form of large numbers when asked', () => {
    expect(formatNumber(2_704_000_000, 'zh-CN', { compact: true })).toBe('27.04亿');
    expect(formatNumber(2_704_000_000, 'en', { compact: true })).toBe('2.7B');
    expect(formatNumber(5_000_000, 'zh-CN', { compact: true })).toBe('500万');
    expect(formatNumber(5_000_000, 'en', { compact: true, digits: 0 })).toBe('5M');
  });

  it('prints MISSING for a missing value', () => {
    expect(MISSING).toBe('–');
    for (const v of MISSING_VALUES)
      for (const lang of LANGS) expect(formatNumber(v, lang)).toBe(MISSING);
  });
});

describe('formatSigned', () => {
  it('signs a rise with + and a fall with the true minus, in both languages', () => {
    for (const lang of LANGS) {
      expect(formatSigned(1.234, lang, { digits: 2 })).toBe('+1.23');
      expect(formatSigned(-0.019, lang, { digits: 3 })).toBe('−0.019');
      expect(formatSigned(1234.5, lang, { digits: 0 })).toBe('+1,235');
    }
  });

  it('prints a change that rounds to zero as the unsigned zero of its precision', () => {
    expect(formatSigned(0, 'en', { digits: 1 })).toBe('0.0');
    expect(formatSigned(0.0001, 'en', { digits: 2 })).toBe('0.00');
    expect(formatSigned(-0.0004, 'zh-CN', { digits: 3 })).toBe('0.000');
    expect(formatSigned(-0.04, 'zh-CN', { digits: 1 })).toBe('0.0');
    expect(formatSigned(0, 'zh-CN', { digits: 0 })).toBe('0');
    expect(formatSigned(0, 'en', { significant: 3 })).toBe('0');
    expect(formatSigned(1e-9, 'en', { significant: 3 })).toBe('0');
  });

  it('rounds half away from zero, so a half-way change keeps its sign', () => {
    expect(formatSigned(0.05, 'en', { digits: 1 })).toBe('+0.1');
    expect(formatSigned(-0.05, 'en', { digits: 1 })).toBe('−0.1');
    expect(formatSigned(1.25, 'zh-CN', { digits: 1 })).toBe('+1.3');
    expect(formatSigned(-1.25, 'zh-CN', { digits: 1 })).toBe('−1.3');
  });

  it('signs changes of any size with `significant` digits', () => {
    expect(formatSigned(3470.93, 'en', { significant: 3 })).toBe('+3,471');
    expect(formatSigned(-0.0912, 'zh-CN', { significant: 3 })).toBe('−0.0912');
  });

  it('leaves out the thousands separators when asked', () => {
    expect(formatSigned(-1234.5, 'en', { digits: 1, grouping: false })).toBe('−1234.5');
  });

  it('prints MISSING for a missing change', () => {
    for (const v of MISSING_VALUES)
      for (const lang of LANGS) expect(formatSigned(v, lang)).toBe(MISSING);
  });
});

describe('formatPercent', () => {
  it('writes a fraction as a percentage, one decimal unless told', () => {
    for (const lang of LANGS) {
      expect(formatPercent(0.1279, lang)).toBe('12.8%');
      expect(formatPercent(0.5, lang, { digits: 0 })).toBe('50%');
      expect(formatPercent(-0.123, lang)).toBe('-12.3%');
      expect(formatPercent(12.345, lang, { digits: 0 })).toBe('1,235%');
    }
  });

  it('prints zero, and a negative share that rounds to zero, as 0.0%', () => {
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(-0.0004, 'zh-CN')).toBe('0.0%');
  });

  it('rounds half-way shares on the decimal, not on the binary product × 100', () => {
    expect(formatPercent(0.0045, 'en')).toBe('0.5%'); // 0.0045 × 100 = 0.44999… in binary
    expect(formatPercent(0.145, 'zh-CN', { digits: 0 })).toBe('15%');
  });

  it('prints MISSING for a missing share', () => {
    for (const v of MISSING_VALUES)
      for (const lang of LANGS) expect(formatPercent(v, lang)).toBe(MISSING);
  });
});

describe('formatRankMove', () => {
  it('writes a rise as ↑, a fall as ↓, no move as 0, nothing as MISSING', () => {
    expect([3, -11, 0, null, Number.NaN].map(formatRankMove)).toEqual([
      '↑3',
      '↓11',
      '0',
      MISSING,
      MISSING,
    ]);
  });
});

describe('dates and times', () => {
  it('writes a day in words in each language', () => {
    expect(formatDate('2025-11-30', 'zh-CN')).toBe('2025年11月30日');
    expect(formatDate('2025-11-30', 'en')).toBe('30 November 2025');
    expect(formatDate('2025-03-05', 'zh-CN')).toBe('2025年3月5日');
  });

  it('reads a moment’s day in China, and a plain day as that day', () => {
    expect(formatDate('2025-10-31T20:00:00Z', 'zh-CN')).toBe('2025年11月1日');
    expect(formatDate('2025-10-31T08:00:00Z', 'en')).toBe('31 October 2025');
    expect(formatDate('2025-12-31T15:59:00Z', 'en')).toBe('31 December 2025');
    expect(formatDate('2025-12-31T16:30:00Z', 'en')).toBe('1 January 2026');
  });

  it('writes a month in words', () => {
    expect(formatMonth('2025-11', 'zh-CN')).toBe('2025年11月');
    expect(formatMonth('2025-11', 'en')).toBe('November 2025');
    expect(formatMonth('2025-12-31T16:30:00Z', 'zh-CN')).toBe('2026年1月');
  });

  it('writes a moment’s day and time in China to the minute', () => {
    expect(formatDateTime('2025-10-03T08:00:00Z', 'zh-CN')).toBe('2025年10月3日 16:00');
    expect(formatDateTime('2025-10-03T08:00:00Z', 'en')).toBe('3 Oct 2025, 16:00');
  });

  it('writes a provenance stamp in UTC, the same in every language', () => {
    expect(formatTimestamp('2025-11-30T16:00:59.999Z')).toBe('2025-11-30 16:00 UTC');
    expect(formatTimestamp('2025-12-01T00:30:00+08:00')).toBe('2025-11-30 16:30 UTC');
  });

  it('prints MISSING for no date, and a text that is not a date as it is', () => {
    for (const lang of LANGS) {
      for (const f of [formatDate, formatMonth, formatDateTime]) {
        expect(f(null, lang)).toBe(MISSING);
        expect(f('', lang)).toBe(MISSING);
        expect(f('not a date', lang)).toBe('not a date');
      }
    }
    expect(formatTimestamp(undefined)).toBe(MISSING);
    expect(formatTimestamp('soon')).toBe('soon');
  });
});

describe('the one place', () => {
  /**
   * What writes numbers, dates or templates for people to read. Only core/text/format.ts may; the
   * exceptions write something else with the same tools.
   */
  const FORMATTING =
    /Intl\.(NumberFormat|DateTimeFormat)|toLocale(Date|Time)?String\(|\.toFixed\(|\\\{\(\\w\+\)\\\}/;
  const ELSEWHERE: Record<string, string> = {
    'src/core/text/format.ts': 'the module itself',
    'src/charts/spark.ts': 'an SVG path’s coordinates, not text',
    'src/server/answer-check.ts': 'OpenAPI path parameters ({id}) as Hono’s (:id), not text',
  };

  it('is the only code that formats numbers, dates and placeholders', () => {
    const root = repoPath('');
    const found = [...sourceFiles(repoPath('src')), ...sourceFiles(repoPath('web/src'))]
      .map((f) => f.slice(root.length))
      .filter((f) => FORMATTING.test(readFileSync(repoPath(f), 'utf8')));
    expect(found.filter((f) => !ELSEWHERE[f])).toEqual([]);
    expect(found.sort()).toEqual(Object.keys(ELSEWHERE).sort());
  });
});
