import { describe, expect, it } from 'vitest';
import { nextPath } from '../../../web/src/pages/signin/next-path.ts';

describe('nextPath', () => {
  it('keeps a local path with its query', () => {
    expect(nextPath('/units/330122?period=2024')).toBe('/units/330122?period=2024');
  });

  it('refuses anything that could leave the site, and the sign-in page itself', () => {
    for (const bad of [
      null,
      '',
      'https://evil.example/',
      '//evil.example',
      '/\\evil',
      'units',
      '/signin?next=/x',
    ])
      expect(nextPath(bad)).toBe('/');
  });
});
