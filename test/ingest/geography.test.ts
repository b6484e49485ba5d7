import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { unitsAt } from '../../src/core/geography/units.ts';
import { BUNDLED_GEOGRAPHY, loadGeography } from '../../src/ingest/geography.ts';

describe('the bundled Zhejiang geography', () => {
  const { units, memberships, groups } = loadGeography();

  it('has the province, 11 cities and 90 county-level units', () => {
    expect(units.filter((u) => u.level === 'province').map((u) => u.code)).toEqual(['330000']);
    expect(units.filter((u) => u.level === 'city')).toHaveLength(11);
    expect(units.filter((u) => u.level === 'county')).toHaveLength(90);
    expect(unitsAt(units, '2025')).toHaveLength(102);
    expect(units.find((u) => u.code === '330000')!.name).toEqual({
      zh: '浙江省',
      en: 'Zhejiang Province',
    });
  });

  it('puts every county under a city of the list and every city under the province', () => {
    const cities = new Set(units.filter((u) => u.level === 'city').map((u) => u.code));
    for (const u of units.filter((x) => x.level === 'county'))
      expect(cities.has(u.parent!)).toBe(true);
    for (const u of units.filter((x) => x.level === 'city')) expect(u.parent).toBe('330000');
  });

  it('has 37 districts, 20 county-level cities and 33 counties', () => {
    const count = (k: string): number => units.filter((u) => u.kind === k).length;
    expect([count('district'), count('county-city'), count('county')]).toEqual([37, 20, 33]);
  });

  it('dates the units created in 2019 and 2021', () => {
    expect(unitsAt(units, '2020').filter((u) => u.level === 'county')).toHaveLength(88);
    expect(unitsAt(units, '2018').filter((u) => u.level === 'county')).toHaveLength(87);
  });

  it('defines every group it uses', () => {
    expect(groups.map((g) => g.id)).toEqual(['mountain26', 'mountain-island', 'island']);
    expect(new Set(memberships.map((m) => m.group))).toEqual(new Set(groups.map((g) => g.id)));
    expect(groups.find((g) => g.id === 'island')!.note).toMatch(/provisional/i);
  });
});

describe('bad geography files', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A copy of the bundled geography with one file's text changed. */
  function withEdit(file: string, edit: (text: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'geo-'));
    cpSync(fileURLToPath(BUNDLED_GEOGRAPHY), dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }

  function errorOf(d: string): GapscopeError {
    try {
      loadGeography(d);
    } catch (e) {
      if (e instanceof GapscopeError) return e;
      throw e;
    }
    throw new Error('expected an error');
  }

  it('reads a copy in another folder', () => {
    expect(loadGeography(withEdit('units.csv', (t) => t)).units).toHaveLength(102);
  });

  it('names file, row and column of a bad kind', () => {
    const e = errorOf(
      withEdit('units.csv', (t) =>
        t.replace('330122,330100,county,county,', '330122,330100,county,village,'),
      ),
    );
    expect(e.location.file).toMatch(/units\.csv$/);
    expect(e.location.column).toBe('kind');
    expect(e.location.row).toBe(24);
    expect(e.message).toMatch(/units\.csv, row 24, column kind: /);
  });

  it('rejects an unknown parent and a parent that is not above', () => {
    let e = errorOf(withEdit('units.csv', (t) => t.replace('330122,330100,', '330122,339900,')));
    expect([e.location.column, e.message]).toEqual([
      'parent_code',
      expect.stringMatching(/unknown parent unit 339900/),
    ]);
    e = errorOf(withEdit('units.csv', (t) => t.replace('330122,330100,', '330122,330102,')));
    expect(e.message).toMatch(/the parent 330102 is a county, not above a county/);
  });

  it('rejects a bad date, a reversed range and a duplicate code', () => {
    let e = errorOf(withEdit('units.csv', (t) => t.replace('2021-04-09', '2021-02-30')));
    expect([e.location.column, e.message]).toEqual([
      'valid_from',
      expect.stringMatching(/not a calendar date/),
    ]);
    e = errorOf(
      withEdit('groups.csv', (t) => t.replace('2021-01-01,2024-08-31', '2024-08-31,2021-01-01')),
    );
    expect(e.location).toMatchObject({ column: 'valid_to', row: 2 });
    e = errorOf(
      withEdit('units.csv', (t) => t + '330122,330100,county,county,桐庐县,Tonglu County,,\n'),
    );
    expect(e.message).toMatch(
      /row 104, column code: unit 330122 is listed twice \(first on row 24\)/,
    );
  });

  it('rejects an unknown group or unit in a membership', () => {
    let e = errorOf(withEdit('groups.csv', (t) => t + 'coastal,330122,,\n'));
    expect(e.message).toMatch(/column group_id: unknown group coastal/);
    e = errorOf(withEdit('groups.csv', (t) => t + 'island,339999,,\n'));
    expect(e.message).toMatch(/column unit_code: unknown unit 339999/);
  });

  it('rejects a missing or unknown column and reports every problem', () => {
    let e = errorOf(withEdit('group-defs.csv', (t) => t.replace('name_en', 'name_eng')));
    expect(e.message).toMatch(/missing column name_en; unknown column name_eng/);
    e = errorOf(withEdit('units.csv', (t) => t.replace(/,county,county,/g, ',county,shire,')));
    expect(e.details.length).toBe(33);
    expect(e.message).toMatch(/and 32 more problems/);
  });
});
