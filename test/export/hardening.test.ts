// Formula neutralisation: linear in the text's length, complete (full-width forms, leading
// whitespace, line breaks), and undone exactly by the importer so that a round trip is lossless.

import { describe, expect, it } from 'vitest';
import { neutralise, toCsv, unneutralise } from '../../src/core/text/csv.ts';

/** A generous bound for linear work on 1 MB on a slow, busy machine (it takes ~10–50 ms; the old
 * pattern took over 10 s on 40 kB). */
const LINEAR_MS = 500;

describe('F2: neutralise() takes linear time', () => {
  it('"-" + 1 MB of digits + "x" is neutralised in well under a second', () => {
    const text = `-${'1'.repeat(1_000_000)}x`;
    const t0 = performance.now();
    const out = neutralise(text);
    const ms = performance.now() - t0;
    expect(out).toBe(`'${text}`);
    expect(ms).toBeLessThan(LINEAR_MS);
  });

  it('so does writing it as a CSV cell, and a long number stays as it is', () => {
    const digits = `-${'1'.repeat(1_000_000)}`;
    const t0 = performance.now();
    const csv = toCsv(['note'], [[`${digits}x`], [digits]]);
    expect(performance.now() - t0).toBeLessThan(LINEAR_MS);
    expect(csv).toBe(`note\n'${digits}x\n${digits}\n`);
  });
});

describe('F14: every text a spreadsheet would run as a formula is neutralised', () => {
  const formulas = [
    '=1+1',
    '+1+1',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
    '\nx',
    ' =1+1',
    '  @x',
    '\u3000=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    ' ＝1',
    "'=1",
    "''-x",
    '-',
    '+',
  ];
  const plain = ['-3.5', '+2', '1e5', ' -5', '上城区', 'x=1', "'x", "'", "'-5", '', ' x', 'a\n=b'];

  it.each(formulas)('neutralises %j', (t) => {
    expect(neutralise(t)).toBe(`'${t}`);
  });

  it.each(plain)('leaves %j as it is', (t) => {
    expect(neutralise(t)).toBe(t);
  });

  it.each([...formulas, ...plain, "'''", "'''=", "'+5", "''"])(
    'the importer reads %j back exactly from what the exporter wrote',
    (t) => {
      expect(unneutralise(neutralise(t))).toBe(t);
    },
  );

  it('neutralises all the old rule did, and reads every text back, on every string of up to 5 characters', () => {
    const OLD_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
    const oldRule = (t: string): boolean => /^[=+\-@\t\r]/.test(t) && !OLD_NUMBER.test(t);
    const alphabet = [
      "'",
      '=',
      '+',
      '-',
      '@',
      '＝',
      '－',
      ' ',
      '\t',
      '\n',
      '\u3000',
      '1',
      '.',
      'x',
    ];
    const wrong: string[] = [];
    let level = [''];
    for (let k = 1; k <= 5; k++) {
      level = level.flatMap((s) => alphabet.map((c) => s + c));
      for (const t of level) {
        const out = neutralise(t);
        if (oldRule(t) && out !== `'${t}`) wrong.push(t);
        if (out !== t && out !== `'${t}`) wrong.push(t);
        if (unneutralise(out) !== t) wrong.push(t);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the importer removes one apostrophe only where the exporter would have added it', () => {
    expect(unneutralise("'=1")).toBe('=1');
    expect(unneutralise("''=1")).toBe("'=1");
    expect(unneutralise("'x")).toBe("'x");
    expect(unneutralise("'-5")).toBe("'-5");
    expect(unneutralise('=1')).toBe('=1');
  });
});
