// Plain decimal numbers: exactly the language of the regular expression they replace, in linear
// time, and finite.

import { describe, expect, it } from 'vitest';
import { isDecimal, parseNumber } from '../../../src/core/text/number.ts';

/** The pattern data.ts, columns.ts and csv.ts used before: right, but quadratic on long cells. */
const OLD = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Every string of up to `n` characters over `alphabet`. */
function* strings(alphabet: string[], n: number): Generator<string> {
  let level = [''];
  yield '';
  for (let k = 1; k <= n; k++) {
    const next: string[] = [];
    for (const s of level) for (const c of alphabet) next.push(s + c);
    yield* next;
    level = next;
  }
}

describe('isDecimal and parseNumber', () => {
  it('accept exactly what the old pattern accepted, on every string of up to 6 characters', () => {
    const alphabet = ['0', '7', '+', '-', '.', 'e', 'E', 'x', ' ', ',', '%', '\n'];
    let n = 0;
    const wrong: string[] = [];
    for (const s of strings(alphabet, 6)) {
      n++;
      if (isDecimal(s) !== OLD.test(s)) wrong.push(s);
      const expected = OLD.test(s) && Number.isFinite(Number(s)) ? Number(s) : null;
      if (!Object.is(parseNumber(s), expected)) wrong.push(s);
    }
    expect(n).toBeGreaterThan(3_000_000);
    expect(wrong).toEqual([]);
  });

  it.each([
    ['12', 12],
    ['-0', -0],
    ['+1.5', 1.5],
    ['1.', 1],
    ['.5', 0.5],
    ['-.5e-3', -0.0005],
    ['2E+10', 2e10],
    ['1.7976931348623157e308', Number.MAX_VALUE],
    ['5e-324', 5e-324],
    ['1e-400', 0],
    ['0001', 1],
    ['1e309', null],
    ['-1e309', null],
    ['9'.repeat(400), null],
    ['Infinity', null],
    ['-Infinity', null],
    ['NaN', null],
    ['0x10', null],
    ['0b1', null],
    ['1_000', null],
    ['1,000', null],
    ['12%', null],
    [' 1', null],
    ['1 ', null],
    ['1\n', null],
    ['１２', null],
    ['٣', null],
    ['', null],
    ['.', null],
    ['e5', null],
    ['1e', null],
    ['1e+', null],
    ['--1', null],
    ['1..2', null],
  ] as [string, number | null][])('%j → %s', (text, value) => {
    expect(Object.is(parseNumber(text), value)).toBe(true);
    expect(isDecimal(text)).toBe(OLD.test(text));
  });

  it('reads 1 MB of digits then "x" in linear time', () => {
    const text = `${'1'.repeat(1_000_000)}x`;
    const t0 = performance.now();
    expect(parseNumber(text)).toBeNull();
    expect(parseNumber(`0.${'1'.repeat(1_000_000)}`)).toBeCloseTo(1 / 9, 12);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
