import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { zhCN } from '../../../src/i18n/zh-CN.ts';
import { errorText, measureLabel, translate } from '../../../web/src/i18n/catalog.ts';
import { parseLang } from '../../../web/src/i18n/lang.ts';

describe('the dashboard catalog', () => {
  it('has every key in both languages, with the same placeholders', () => {
    const keys = Object.keys(zhCN.web) as (keyof typeof zhCN.web)[];
    expect(Object.keys(en.web).sort()).toEqual([...keys].sort());
    for (const k of keys) {
      const vars = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
      expect(vars(en.web[k]), k).toEqual(vars(zhCN.web[k]));
    }
  });

  it('translates with placeholders filled', () => {
    expect(translate('zh-CN', 'rank.tierN', { n: 2 })).toBe('第 2 梯队');
    expect(translate('en', 'rank.tierN', { n: 2 })).toBe('Tier 2');
  });

  it('names units of measure in the language, else as written', () => {
    expect(measureLabel('zh-CN', 'CNY')).toBe('元');
    expect(measureLabel('en', 'CNY')).toBe('CNY');
    expect(measureLabel('zh-CN', '%')).toBe('%');
    expect(measureLabel('zh-CN', null)).toBe('');
  });

  it('gives the server’s error messages by code', () => {
    expect(errorText('en', 'auth.login-failed')).toBe(en.errors['auth.login-failed']);
    expect(errorText('zh-CN', 'auth.login-failed')).toBe(zhCN.errors['auth.login-failed']);
    expect(errorText('en', 'no.such-code')).toBeNull();
  });

  it('remembers only "en" as English', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang(null)).toBe('zh-CN');
    expect(parseLang('fr')).toBe('zh-CN');
  });
});
