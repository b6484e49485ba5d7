// The parsers of user files under random and mutated input: CSV bytes, XLSX bytes (a valid
// workbook with bytes flipped, set, inserted, deleted or cut), data tables, and framework YAML and
// JSON. Each input must give a result or a GapscopeError — never another exception, never a hang —
// for a fixed seed and a bounded number of runs.

import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GapscopeError } from '../../src/core/errors.ts';
import { parseFramework } from '../../src/core/framework/parse.ts';
import { readData } from '../../src/ingest/data.ts';
import { parseCsv, parseTable, parseXlsx } from '../../src/ingest/table.ts';
import { repoPath } from '../helpers/fixtures.ts';
import { cell, DATE_STYLES, gb18030, makeZip, workbookParts } from './xlsx-fixtures.ts';

/** Fixed, so that a run is repeatable; FUZZ_SEED=n explores other inputs (a failure prints its seed). */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
/** The longest one parse may take: any of these inputs parses in milliseconds. */
const PATIENCE_MS = 3_000;

const context = vm.createContext({ run: (): unknown => undefined });
const RUN = new vm.Script('run()');

/**
 * What `f` gave: a value or a GapscopeError. Anything else thrown fails the property, and so does a
 * run past PATIENCE_MS: vm's watchdog stops even a synchronous loop that never yields, and an
 * asynchronous result is raced against a timer.
 */
async function outcome(f: () => unknown): Promise<'value' | 'refused'> {
  try {
    context.run = f;
    const value: unknown = RUN.runInContext(context, { timeout: PATIENCE_MS });
    if (value instanceof Promise) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${PATIENCE_MS} ms`)),
          PATIENCE_MS,
        );
      });
      try {
        await Promise.race([value, late]);
      } finally {
        clearTimeout(timer);
      }
    }
    return 'value';
  } catch (e) {
    if (e instanceof GapscopeError) return 'refused';
    throw e;
  }
}

/** One change to a file's bytes; `at` is taken modulo the length. */
type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 16 }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(base: Uint8Array, changes: Mutation[]): Uint8Array {
  let b = Buffer.from(base);
  for (const m of changes) {
    if (!b.length) break;
    const at = m.at % b.length;
    if (m.kind === 'flip') b[at] = b[at]! ^ (1 << m.bit);
    else if (m.kind === 'set') b[at] = m.byte;
    else if (m.kind === 'insert') b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
    else if (m.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
    else b = b.subarray(0, at);
  }
  return b;
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 6 });

const SERIES = new Set(['A', 'B', 'C1']);
const UNITS = new Set(['330102', '330105']);

/** A CSV cell as a file might hold it: codes, numbers, periods, text, quotes, junk. */
const csvCell = fc.oneof(
  fc.constantFrom('330102', '330105', 'A', 'B', 'C1', '2024', '2025Q3', '2025-09', '2025Q3-ytd'),
  fc.constantFrom('1.5', '-0', '1e309', 'NaN', '1,234', '', 'NA', '上城区', '=1+1', ' x '),
  fc.double().map(String),
  fc.string({ maxLength: 8 }),
);
const HEADERS = [
  'unit',
  'uCode',
  'name',
  'indicator',
  'period',
  'Time',
  'value',
  'status',
  'note',
  'A',
  'B',
  'C1',
  'x',
];
const csvTable = fc
  .uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 6 })
  .chain((header) =>
    fc
      .array(fc.array(csvCell, { minLength: header.length, maxLength: header.length }), {
        maxLength: 8,
      })
      .map((rows) =>
        [header, ...rows]
          .map((r) =>
            r.map((c) => (/[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
          )
          .join('\n'),
      ),
  );

/** A small workbook as exceljs writes it, with the kinds of cell a real file has. */
async function excelWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.addRow(['unit', 'indicator', 'period', 'value', 'note']);
  ws.addRow(['330102', 'A', '2024', 1.5, { richText: [{ text: '上' }, { text: '城区' }] }]);
  ws.addRow([
    '330105',
    'B',
    '2024',
    { formula: '1+1', result: 2 },
    { text: 'link', hyperlink: 'https://example.org' },
  ]);
  ws.addRow(['330105', 'C1', new Date(Date.UTC(2024, 0, 31)), 3, null]);
  ws.mergeCells('F1:G2');
  ws.getCell('A5').dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"330102,330105"'],
  };
  wb.definedNames.add('data!$A$1:$B$2', 'codes');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same kind of workbook written part by part with every part stored, so that mutations hit its XML. */
function storedWorkbook(): Uint8Array {
  const rows =
    `<row r="1">${cell('A1', 'unit')}${cell('B1', 'indicator')}${cell('C1', 'period')}${cell('D1', 'value')}</row>` +
    `<row r="2">${cell('A2', '330102')}${cell('B2', 'A')}${cell('C2', '2024')}<c r="D2"><v>1.5</v></c></row>` +
    `<row r="3" spans="1:4">${cell('A3', '330105')}${cell('B3', 'B')}<c r="C3" t="str"><f>2024</f><v>2024</v></c><c r="D3" t="b"><v>1</v></c></row>`;
  return makeZip(
    workbookParts(rows, {
      afterSheetData:
        '<mergeCells count="1"><mergeCell ref="E1:F2"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A4:A9"><formula1>"330102,330105"</formula1></dataValidation></dataValidations>',
      workbookExtra:
        '<definedNames><definedName name="codes">data!$A$1:$B$2</definedName></definedNames>',
    }).map((p) => ({ ...p, store: true })),
  );
}

describe('parsers under fuzzing: a result or a GapscopeError, never a crash or a hang', () => {
  it('CSV: random bytes, mutated UTF-8 and GB18030 files, random tables through readData', async () => {
    const utf8 = Buffer.from(
      'unit,name,indicator,period,value\n330102,上城区,A,2024,1.5\n330105,拱墅区,B,2025Q3,2\n',
    );
    const gb = gb18030(utf8.toString());
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 512 }), async (bytes) => {
        await outcome(() => parseCsv(bytes, 'r.csv'));
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(utf8, gb), mutations, async (base, changes) => {
        const bytes = mutate(base, changes);
        await outcome(() =>
          readData(parseCsv(bytes, 'm.csv'), { series: SERIES, knownUnits: UNITS }),
        );
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    await fc.assert(
      fc.asyncProperty(csvTable, fc.option(fc.constantFrom('2024', 'x')), async (text, period) => {
        await outcome(() =>
          readData(parseCsv(text, 't.csv'), {
            series: SERIES,
            knownUnits: UNITS,
            ...(period ? { period } : {}),
          }),
        );
      }),
      { seed: SEED, numRuns: 1_000 },
    );
  });

  it('XLSX: mutated workbooks, written by exceljs and part by part', async () => {
    const bases = [await excelWorkbook(), storedWorkbook()];
    for (const base of bases) expect(await parseXlsx(base, 'ok.xlsx')).toBeTruthy();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...bases), mutations, async (base, changes) => {
        const bytes = mutate(base, changes);
        await outcome(() => parseTable(bytes, 'm.xlsx'));
      }),
      { seed: SEED, numRuns: 1_000 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 256 }), async (bytes) => {
        await outcome(() => parseXlsx(bytes, 'r.xlsx'));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('XLSX: random cells, values and addresses in a well-formed sheet', async () => {
    const address = fc.tuple(
      fc.constantFrom('A', 'B', 'Z', 'AA', 'XFD', 'XFE', '', 'a1'),
      fc.integer({ min: -1, max: 1_100_000 }),
    );
    // Text, or a number shown as a date (style 1): any double, as Excel stores it.
    const content = fc.oneof(
      fc.record({ text: fc.string({ maxLength: 12 }) }),
      fc.record({ number: fc.double() }),
    );
    const xmlOf = (ref: string, c: { text: string } | { number: number }): string =>
      'text' in c ? cell(ref, c.text) : `<c r="${ref}" s="1"><v>${c.number}</v></c>`;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(address, content), { maxLength: 12 }), async (cells) => {
        const xml = cells
          .map(([[col, r], c]) => `<row r="${r}">${xmlOf(`${col}${r}`, c)}</row>`)
          .join('');
        const bytes = makeZip([...workbookParts(xml), DATE_STYLES]);
        await outcome(() => parseXlsx(bytes, 'c.xlsx'));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('framework YAML and JSON: random JSON, random text, the default framework mutated', async () => {
    const yaml = readFileSync(repoPath('data/frameworks/zhejiang-default.yaml'));
    await fc.assert(
      fc.asyncProperty(fc.json(), async (json) => {
        await outcome(() => parseFramework(json, 'f.json'));
      }),
      { seed: SEED, numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        await outcome(() => parseFramework(text, 'f.yaml'));
      }),
      { seed: SEED, numRuns: 500 },
    );
    await fc.assert(
      fc.asyncProperty(mutations, async (changes) => {
        const text = new TextDecoder().decode(mutate(yaml, changes));
        await outcome(() => parseFramework(text, 'm.yaml'));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
