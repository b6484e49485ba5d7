// The test set-up's decision about what npm does not bring: install it where it may, else stop
// with one line that names every package.

import { describe, expect, it } from 'vitest';
import { plan, REQUIREMENTS } from './system.ts';

describe('the test set-up’s system check', () => {
  it('names every requirement and its Debian package', () => {
    expect(REQUIREMENTS.flatMap((r) => r.packages)).toEqual([
      'postgresql',
      'chromium',
      'fonts-noto-cjk',
    ]);
  });

  it('does nothing when all is there, installs what is missing as root, else stops in one line', () => {
    expect(plan([], false)).toEqual({ action: 'none' });
    const [pg, chromium, fonts] = REQUIREMENTS;
    expect(plan([chromium!, fonts!], true)).toEqual({
      action: 'install',
      packages: ['chromium', 'fonts-noto-cjk'],
    });
    const stop = plan([pg!, chromium!], false);
    expect(stop.action).toBe('stop');
    const line = stop.action === 'stop' ? stop.line : '';
    expect(line).not.toContain('\n');
    expect(line).toContain('apt-get install -y postgresql chromium');
    expect(line).toMatch(/^missing the PostgreSQL server \(initdb, pg_ctl\); Chromium at /);
  });
});
