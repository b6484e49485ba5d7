// The catalogs: the same keys and placeholders in both languages, one key style, and every key the
// code names present in both languages. A key looked up through a typed function (t(), chartText(),
// reportText()) is checked by the compiler, and en.ts has every key of zh-CN.ts by its type; what
// the compiler cannot see is checked here: keys the dashboard writes as plain strings or builds
// from a prefix and a code (`unit.light.${light}`), and the work system's keys built from its codes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/core/text/lang.ts';
import { ROLES } from '../../src/core/roles.ts';
import { DEPARTMENT_KINDS, WORK_LISTS, WORK_STATUSES } from '../../src/core/tasks/types.ts';
import { catalogs } from '../../src/i18n/index.ts';
import { en as reportEn } from '../../src/reports/i18n/en.ts';
import { zhCN as reportZh } from '../../src/reports/i18n/zh-CN.ts';
import { en as webEn } from '../../web/src/i18n/en.ts';
import { zhCN as webZh } from '../../web/src/i18n/zh-CN.ts';
import { sourceFiles } from '../helpers/boundaries.ts';
import { repoPath } from '../helpers/fixtures.ts';

type Flat = Record<string, string>;

/** The shared catalog's groups, the reports' and the dashboard's catalogs: key → text, by language. */
const FLAT: Record<string, Record<Lang, Flat>> = {
  ...Object.fromEntries(
    Object.keys(catalogs['zh-CN']).map((g) => [
      `src/i18n § ${g}`,
      {
        'zh-CN': catalogs['zh-CN'][g as keyof (typeof catalogs)['zh-CN']] as Flat,
        en: catalogs.en[g as keyof (typeof catalogs)['en']] as Flat,
      },
    ]),
  ),
  'src/reports/i18n': { 'zh-CN': reportZh, en: reportEn },
  'web/src/i18n': { 'zh-CN': webZh, en: webEn },
};

const placeholders = (s: string): string[] =>
  [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('every catalog', () => {
  it('has the same keys in both languages, with the same placeholders', () => {
    for (const [name, c] of Object.entries(FLAT)) {
      const keys = Object.keys(c['zh-CN']).sort();
      expect(Object.keys(c.en).sort(), name).toEqual(keys);
      // A report's period names its month by number in Chinese and by name in English.
      for (const k of keys.filter((k) => !k.startsWith('periods.')))
        expect(placeholders(c.en[k]!), `${name} ${k}`).toEqual(placeholders(c['zh-CN'][k]!));
    }
  });

  it('writes every key as a dotted path, topic first, never as a camelCase run of a sibling', () => {
    // A segment is a lowerCamelCase word, or a code from the data as written (on-track,
    // group-mean, CNY, % of villages). A text about another key's subject hangs under it with a dot —
    // `map.boundary` and `map.boundary.tooLarge`, not `boundary` and `boundaryTooLarge`.
    const SEGMENT = /^[\w%][\w% -]*$/;
    for (const [name, c] of Object.entries(FLAT)) {
      const keys = Object.keys(c['zh-CN']);
      const bad = keys.filter((k) => !k.split('.').every((s) => SEGMENT.test(s)));
      expect(bad, name).toEqual([]);
      const runs = keys.flatMap((k) =>
        keys
          .filter((j) => j.startsWith(k) && /^[A-Z]/.test(j.slice(k.length)))
          .map((j) => `${k} → ${j}`),
      );
      expect(runs, name).toEqual([]);
    }
  });
});

/** The string literals of a file, and the constant prefixes of its template literals (`a.b.${x}`). */
function literals(text: string): { strings: string[]; prefixes: string[] } {
  const strings = [...text.matchAll(/'([^'\\\n]*)'|"([^"\\\n]*)"/g)].map((m) => m[1] ?? m[2]!);
  const prefixes = [...text.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map((m) => m[1]!);
  return { strings, prefixes };
}

const KEY = /^[a-z][a-zA-Z]*(?:\.[\w% -]+)+$/;

describe('the keys the dashboard names', () => {
  const zh = FLAT['web/src/i18n']!['zh-CN'];
  const en = FLAT['web/src/i18n']!.en;
  const topics = new Set(Object.keys(zh).map((k) => k.split('.')[0]!));
  const files = sourceFiles(repoPath('web/src')).filter(
    (f) => !/web\/src\/i18n\/(zh-CN|en)\.ts$/.test(f),
  );
  const found = files.map((f) => ({ file: f, ...literals(readFileSync(f, 'utf8')) }));

  it('are in both languages when written out', () => {
    const missing = found.flatMap(({ file, strings }) =>
      strings
        .filter((s) => KEY.test(s) && topics.has(s.split('.')[0]!))
        .filter((s) => !(s in zh) || !(s in en))
        .map((s) => `${file.slice(repoPath('').length)}: ${s}`),
    );
    expect(missing).toEqual([]);
    // The scan does see the keys: a page's title and a method's name among them.
    const seen = new Set(found.flatMap((f) => f.strings));
    for (const k of ['nav.overview', 'method.impute.group-mean', 'map.boundary.tooLarge'])
      expect(seen.has(k), k).toBe(true);
  });

  it('have keys under every prefix they build a key from', () => {
    const prefixes = new Set(
      found.flatMap((f) => f.prefixes).filter((p) => topics.has(p.split('.')[0]!)),
    );
    expect([...prefixes].sort()).toEqual(
      expect.arrayContaining(['measure.', 'unit.light.', 'unit.weak.reason.', 'user.role.']),
    );
    for (const p of prefixes) {
      const under = (c: Flat): string[] =>
        Object.keys(c)
          .filter((k) => k.startsWith(p))
          .sort();
      expect(under(zh).length, p).toBeGreaterThan(0);
      expect(under(en), p).toEqual(under(zh));
    }
    for (const role of ROLES) expect(`user.role.${role}` in zh, role).toBe(true);
    for (const light of ['green', 'amber', 'red'])
      expect(`unit.light.${light}` in zh, light).toBe(true);
    for (const r of ['bottom-quartile', 'behind-target', 'top-obstacle'])
      expect(`unit.weak.reason.${r}` in zh, r).toBe(true);
  });
});

describe('the keys the work system builds from its codes', () => {
  it('are in both languages for every status, list and department kind', () => {
    for (const lang of LANGS) {
      const work: Flat = catalogs[lang].work;
      for (const s of WORK_STATUSES) expect(work[`status.${s}`], `${lang} ${s}`).toBeTruthy();
      for (const l of WORK_LISTS) expect(work[`list.${l}`], `${lang} ${l}`).toBeTruthy();
      for (const k of DEPARTMENT_KINDS) expect(work[`kind.${k}`], `${lang} ${k}`).toBeTruthy();
    }
  });
});
