import { describe, expect, it } from 'vitest';
import { EARLY_KEY } from '../../../web/src/api/early.ts';
import { BOOT_EARLY_KEY, BOOT_LANG_KEY, bootPaths } from '../../../web/src/boot.ts';
import { LANG_KEY } from '../../../web/src/i18n/lang.ts';
import { overviewPaths } from '../../../web/src/pages/overview/paths.ts';

describe('the boot script', () => {
  it('asks for exactly what the overview asks for, under the app’s keys', () => {
    for (const period of [undefined, '2024', '2025Q3-ytd'])
      expect(bootPaths(period)).toEqual(overviewPaths(period));
    expect(BOOT_LANG_KEY).toBe(LANG_KEY);
    expect(BOOT_EARLY_KEY).toBe(EARLY_KEY);
  });
});
