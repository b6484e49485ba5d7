import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/i18n/index.ts';
import { errorText, measureLabel, translate } from '../../../web/src/i18n/catalog.ts';
import { parseLang } from '../../../web/src/i18n/lang.ts';

describe('the dashboard catalog', () => {
  it('translates with placeholders filled', () => {
    expect(translate('zh-CN', 'rank.tier.n', { n: 2 })).toBe('第 2 梯队');
    expect(translate('en', 'rank.tier.n', { n: 2 })).toBe('Tier 2');
    expect(translate('en', 'map.boundary.tooLarge', { mb: 30 })).toBe(
      'The file is larger than 30 MB.',
    );
  });

  it('names units of measure in the language, else as written', () => {
    expect(measureLabel('zh-CN', 'CNY')).toBe('元');
    expect(measureLabel('en', 'CNY')).toBe('CNY');
    expect(measureLabel('zh-CN', '%')).toBe('%');
    expect(measureLabel('zh-CN', 'constructor')).toBe('constructor');
    expect(measureLabel('zh-CN', null)).toBe('');
  });

  it('gives the server’s error messages by code', () => {
    expect(errorText('en', 'auth.login-failed')).toBe(catalogs.en.errors['auth.login-failed']);
    expect(errorText('zh-CN', 'auth.login-failed')).toBe(
      catalogs['zh-CN'].errors['auth.login-failed'],
    );
    expect(errorText('en', 'no.such-code')).toBeNull();
    expect(errorText('en', 'toString')).toBeNull();
  });

  it('remembers only "en" as English', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang(null)).toBe('zh-CN');
    expect(parseLang('fr')).toBe('zh-CN');
  });
});
