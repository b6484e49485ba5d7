// Periods, names and sentences as the reports print them (numbers, changes and dates are
// core/text/format.ts's: test/core/text/format.test.ts).

import { describe, expect, it } from 'vitest';
import { nameIn, paren, periodLabel, sentences } from '../../src/reports/format.ts';

describe('report formats', () => {
  it('names periods in both languages', () => {
    expect(periodLabel('2025', 'zh-CN')).toBe('2025年');
    expect(periodLabel('2025Q3-ytd', 'zh-CN')).toBe('2025年1—9月');
    expect(periodLabel('2025Q3-ytd', 'en')).toBe('Jan–Sep 2025');
    expect(periodLabel('2025Q2', 'zh-CN')).toBe('2025年第2季度');
    expect(periodLabel('2025-10', 'en')).toBe('Oct 2025');
  });

  it('names things in the language, sets notes in the language’s brackets, runs sentences on', () => {
    expect(nameIn({ zh: '桐庐县', en: 'Tonglu County' }, 'en')).toBe('Tonglu County');
    expect(nameIn({ zh: '桐庐县' }, 'en')).toBe('桐庐县');
    expect(nameIn(undefined, 'zh-CN', '330122')).toBe('330122');
    expect(paren('得分', '2025年', 'zh-CN')).toBe('得分（2025年）');
    expect(paren('Score', '2025', 'en')).toBe('Score (2025)');
    expect(sentences(['一。', '', '二。'], 'zh-CN')).toBe('一。二。');
    expect(sentences(['One.', 'Two.'], 'en')).toBe('One. Two.');
  });
});
