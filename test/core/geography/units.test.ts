import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  groupsOf,
  isValidOn,
  membersOf,
  periodEnd,
  unitsAt,
  type GroupMembership,
  type Unit,
} from '../../../src/core/geography/units.ts';
import { loadGeography } from '../../../src/ingest/geography.ts';

function makeUnit(code: string, over: Partial<Unit> = {}): Unit {
  return {
    code,
    parent: '330000',
    level: 'county',
    kind: 'county',
    name: { zh: code, en: code },
    validFrom: null,
    validTo: null,
    ...over,
  };
}

const member = (
  group: string,
  unit: string,
  validFrom: string | null,
  validTo: string | null,
): GroupMembership => ({
  group,
  unit,
  validFrom,
  validTo,
});

describe('periodEnd', () => {
  it('gives the last day of a year, quarter, year-to-date quarter and month', () => {
    expect(periodEnd('2024')).toBe('2024-12-31');
    expect(periodEnd('2024Q1')).toBe('2024-03-31');
    expect(periodEnd('2025Q3-ytd')).toBe('2025-09-30');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
  });

  it('rejects a code that is not a period', () => {
    expect(() => periodEnd('2025H1')).toThrow(/not a period/);
  });
});

describe('validity', () => {
  it('treats both ends as inclusive and null as open', () => {
    const r = { validFrom: '2021-01-01', validTo: '2024-08-31' };
    expect(isValidOn(r, '2021-01-01')).toBe(true);
    expect(isValidOn(r, '2024-08-31')).toBe(true);
    expect(isValidOn(r, '2020-12-31')).toBe(false);
    expect(isValidOn(r, '2024-09-01')).toBe(false);
    expect(isValidOn({ validFrom: null, validTo: null }, '1900-01-01')).toBe(true);
  });

  it('keeps the units valid at the end of the period', () => {
    const units = [
      makeUnit('330101'),
      makeUnit('330113', { validFrom: '2021-04-09' }),
      makeUnit('330104', { validTo: '2021-04-08' }),
    ];
    expect(unitsAt(units, '2020').map((u) => u.code)).toEqual(['330101', '330104']);
    expect(unitsAt(units, '2021Q1').map((u) => u.code)).toEqual(['330101', '330104']);
    expect(unitsAt(units, '2021Q2').map((u) => u.code)).toEqual(['330101', '330113']);
    expect(childrenOf(units, '330000')).toHaveLength(3);
  });
});

describe('groups by period', () => {
  const ms = [
    member('m', 'A', '2021-01-01', '2024-08-31'),
    member('mi', 'A', '2024-09-01', null),
    member('mi', 'B', '2024-09-01', '2025-05-27'),
    member('i', 'B', null, null),
  ];

  it('counts a membership valid on the last day of the period', () => {
    expect(groupsOf(ms, 'A', '2024Q2')).toEqual(['m']);
    expect(groupsOf(ms, 'A', '2024')).toEqual(['mi']);
    expect(groupsOf(ms, 'B', '2025Q1')).toEqual(['mi', 'i']);
    expect(groupsOf(ms, 'B', '2025Q2-ytd')).toEqual(['i']);
    expect(membersOf(ms, 'mi', '2024-09')).toEqual(['A', 'B']);
    expect(membersOf(ms, 'mi', '2025')).toEqual(['A']);
    expect(membersOf(ms, 'm', '2020')).toEqual([]);
  });
});

describe('the bundled Zhejiang groups', () => {
  const { memberships, units } = loadGeography();
  const name = (code: string): string => units.find((u) => u.code === code)!.name.zh;

  it('has 26 mountain counties in 2023 and none of that list after August 2024', () => {
    expect(membersOf(memberships, 'mountain26', '2023')).toHaveLength(26);
    expect(membersOf(memberships, 'mountain26', '2024Q2')).toHaveLength(26);
    expect(membersOf(memberships, 'mountain26', '2024')).toHaveLength(0);
  });

  it('has 25 mountain-island units in 2024 and 22 in 2025', () => {
    expect(membersOf(memberships, 'mountain-island', '2024')).toHaveLength(25);
    expect(membersOf(memberships, 'mountain-island', '2025')).toHaveLength(22);
    expect(membersOf(memberships, 'mountain-island', '2024Q2')).toHaveLength(0);
  });

  it('keeps 永嘉, 苍南 and 江山 in 2025Q1 but not in 2025Q3', () => {
    const q1 = membersOf(memberships, 'mountain-island', '2025Q1').map(name);
    const q3 = membersOf(memberships, 'mountain-island', '2025Q3').map(name);
    for (const n of ['永嘉县', '苍南县', '江山市']) {
      expect(q1).toContain(n);
      expect(q3).not.toContain(n);
    }
    expect(q1.length - q3.length).toBe(3);
  });

  it('has 6 island counties', () => {
    expect(membersOf(memberships, 'island', '2025').map(name).sort()).toEqual(
      ['定海区', '普陀区', '岱山县', '嵊泗县', '洞头区', '玉环市'].sort(),
    );
  });
});
