// The brief's targets at risk from a seeded SQLite store: the year assessed, the section's rows
// against the core assessment (every row printed below 50 %, the lead's counts those of the rows),
// the PDF read back in both languages, and the annex's full list.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessTargets } from '../../src/core/targets/assess.ts';
import type { TargetRow, TargetsResult } from '../../src/core/targets/result.ts';
import { formatNumber } from '../../src/core/text/format.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { briefAnnex } from '../../src/reports/brief/annex.ts';
import { briefData } from '../../src/reports/brief/build.ts';
import type { BriefData, TargetsSection } from '../../src/reports/brief/model.ts';
import { briefPdf } from '../../src/reports/brief/pdf.ts';
import { probabilityText } from '../../src/reports/brief/targets-pdf.ts';
import { PDF_ROWS, targetsYear } from '../../src/reports/brief/targets-section.ts';
import { parseMonth } from '../../src/reports/period.ts';
import type { ReportSource } from '../../src/reports/source.ts';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { loadLiveInputs } from '../../src/store/live-inputs.ts';
import { briefWork } from '../../src/store/work-items.ts';
import { freshSqlite } from '../helpers/stores.ts';
import { pdfFile, pdfText, squeeze } from './pdf-tools.ts';

const risky = (r: TargetRow): boolean =>
  r.forecast?.probability !== null &&
  r.forecast?.probability !== undefined &&
  r.forecast.probability < 0.5;

/** The printed rows' probabilities and flags, in print order: "38% 需加速" → ['38%', '需加速']. */
function printedRows(section: string, flags: string[]): [string, string][] {
  const re = new RegExp(`(<?\\d+%)\\s+(${flags.join('|')})`, 'g');
  return [...section.matchAll(re)].map((m) => [m[1]!, m[2]!]);
}

describe('the brief’s targets at risk', () => {
  let store: Store;
  let source: ReportSource;
  let expected: TargetsResult;
  let zh: BriefData;
  let en: BriefData;
  let zhText: string;
  let enText: string;
  const asked: string[] = [];

  beforeAll(async () => {
    store = await freshSqlite();
    await initStore(store.db, await readBundle());
    source = await loadLiveInputs(store.db);
    expected = assessTargets({
      framework: source.framework,
      data: source.data,
      geography: source.geography,
      period: '2024',
    });
    // The server's way: an assessment handed over; the command's: assessed by the brief.
    zh = await briefData(source, {
      month: '2025-11',
      lang: 'zh-CN',
      work: (m) => briefWork(store.db, m),
      targets: async (year) => {
        asked.push(year);
        return assessTargets({
          framework: source.framework,
          data: source.data,
          geography: source.geography,
          period: year,
        });
      },
    });
    en = await briefData(source, { month: '2025-11', lang: 'en' });
    zhText = await pdfText(pdfFile(await briefPdf(zh), 'brief-targets-zh.pdf'));
    enText = await pdfText(pdfFile(await briefPdf(en), 'brief-targets-en.pdf'));
  });
  afterAll(async () => {
    await store?.close();
  });

  it('assesses the brief’s year, or the newest year ended by the month’s end', () => {
    // The November 2025 brief stands on 2024, the newest year that had ended (briefPeriod).
    expect(asked).toEqual(['2024']);
    expect(zh.targets!.period).toBe('2024');
    expect(en.targets!.period).toBe('2024');
    const years = ['2016', '2017', '2018', '2019', '2020', '2020Q3-ytd', '2021'];
    const month = parseMonth('2026-03');
    expect(targetsYear(month, years, '2019')).toBe('2019');
    expect(targetsYear(month, years, '2020Q3-ytd')).toBe('2021');
    expect(targetsYear(parseMonth('2020-11'), years, '2020Q3-ytd')).toBe('2019');
    expect(targetsYear(parseMonth('2020-12'), years, '2020Q3-ytd')).toBe('2020');
    // No earlier year to measure progress from, or no year at all up to the month's.
    expect(targetsYear(month, years, '2016')).toBeNull();
    expect(targetsYear(parseMonth('2015-06'), years, '2015Q1')).toBeNull();
  });

  it('holds exactly the rows the assessment puts below 50 %, counted as the lead says', () => {
    const t: TargetsSection = zh.targets!;
    const county = expected.rows.filter((r) => r.level === 'county');
    const atRisk = county.filter(risky);
    expect(atRisk.length).toBeGreaterThan(0);
    expect(t.atRisk).toBe(atRisk.length);
    expect(t.assessed).toBe(county.filter((r) => r.forecast?.probability != null).length);
    expect(t.groups.map((g) => g.unit).sort()).toEqual(
      [...new Set(atRisk.map((r) => r.unit))].sort(),
    );
    const want = new Map(atRisk.map((r) => [`${r.unit}|${r.indicator}`, r.forecast!.probability]));
    const got = t.groups.flatMap((g) =>
      g.rows.map((r) => [`${g.unit}|${r.indicator}`, r.probability]),
    );
    expect(new Map(got as [string, number][])).toEqual(want);
    expect(t.province!.rows.map((r) => r.indicator)).toEqual(
      expected.rows.filter((r) => r.level === 'province' && risky(r)).map((r) => r.indicator),
    );
    // By city code, then unit code.
    const keys = t.groups.map((g) => `${g.city}|${g.unit}`);
    expect(keys).toEqual([...keys].sort());
    // The PDF's cut: whole units, the most rows at risk first, within the bound.
    const count = new Map(t.groups.map((g) => [g.unit, g.rows.length]));
    const shown = t.shown.map((u) => count.get(u)!);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(shown.reduce((a, b) => a + b, t.province!.rows.length)).toBeLessThanOrEqual(PDF_ROWS);
    const hidden = t.groups.filter((g) => !t.shown.includes(g.unit)).map((g) => g.rows.length);
    expect(hidden.length).toBeGreaterThan(0);
    expect(Math.max(...hidden)).toBeLessThanOrEqual(Math.min(...shown));
  });

  it('prints the section in Chinese: the year, the counts, each row’s probability as assessed', () => {
    const t = zh.targets!;
    const at = zhText.indexOf('四、目标实现风险');
    expect(at).toBeGreaterThan(zhText.indexOf('三、工作推进'));
    const section = zhText.slice(at);
    const n = (v: number): string => formatNumber(v, 'zh-CN', { digits: 0 });
    const county = expected.rows.filter((r) => r.level === 'county');
    const atRisk = county.filter(risky);
    expect(squeeze(section)).toContain(
      `按2024年数据评估：全省${n(new Set(county.filter((r) => r.forecast?.probability != null).map((r) => r.unit)).size)}个县（市、区）有目标的指标共${n(county.filter((r) => r.forecast?.probability != null).length)}项次，其中${n(atRisk.length)}项次到目标年份达标的概率低于50%，涉及${n(new Set(atRisk.map((r) => r.unit)).size)}个县（市、区）。`,
    );
    expect(squeeze(section)).toContain(
      '完整清单（' + n(atRisk.length) + '项次）见附件“目标风险”表',
    );
    expect(squeeze(zhText)).toContain('目标评估年份2024年');
    // Every printed row, in print order, against the assessment's own probability and flag.
    const flagZh: Record<string, string> = {
      achieved: '已达成',
      'on-track': '进展顺利',
      'needs-acceleration': '需加速',
      limited: '进展有限',
      deterioration: '倒退',
    };
    const rowsOf = (unit: string): TargetRow[] =>
      expected.rows.filter((r) => r.unit === unit && r.level !== 'city' && risky(r));
    const order = [t.province!.unit, ...t.shown];
    const want = order.flatMap((u) =>
      rowsOf(u).map((r) => [
        probabilityText(r.forecast!.probability!, 'zh-CN'),
        flagZh[r.progress.flag!],
      ]),
    );
    expect(want.length).toBeGreaterThan(10);
    expect(printedRows(section, Object.values(flagZh))).toEqual(want);
    expect(want.every(([p]) => /^<?\d+%$/.test(p!) && Number(p!.replace(/\D/g, '')) <= 50)).toBe(
      true,
    );
    // A county at risk and its first indicator, on the line with its probability.
    const g = t.groups.find((x) => x.unit === t.shown[0])!;
    const r = rowsOf(g.unit)[0]!;
    const line = section.split('\n').find((l) => l.includes(g.name) && l.includes('%'))!;
    expect(line).toContain(g.rows[0]!.indicatorName.slice(0, 6));
    expect(line).toMatch(new RegExp(`\\s${probabilityText(r.forecast!.probability!, 'zh-CN')}\\s`));
    // A unit left to the annex is not printed.
    const left = t.groups.find((x) => !t.shown.includes(x.unit))!;
    expect(section).not.toContain(left.name);
    // The DEMO notice on the section's pages too.
    for (const page of zhText
      .split('\f')
      .filter((p) => p.includes('目标风险') || p.includes('达标概率')))
      expect(page).toContain('演示数据');
  });

  it('prints the section in English, numbered after the gaps without work items', () => {
    const t = en.targets!;
    expect(enText).not.toContain('3 The work programme');
    const at = enText.indexOf('3 Targets at risk');
    expect(at).toBeGreaterThan(enText.indexOf('2 The three gaps'));
    const section = enText.slice(at);
    const atRisk = expected.rows.filter((r) => r.level === 'county' && risky(r));
    expect(squeeze(section)).toContain(
      squeeze(
        `Assessed on the 2024 data: of the ${formatNumber(t.assessed, 'en', { digits: 0 })} county–indicator pairs with a target`,
      ),
    );
    expect(squeeze(section)).toContain(
      squeeze(`${formatNumber(atRisk.length, 'en', { digits: 0 })} have a probability below 50%`),
    );
    expect(squeeze(section)).toContain(squeeze('is in the annex, sheet “targets at risk”'));
    const flagEn = ['Achieved', 'On', 'Needs', 'Limited', 'Deterioration'];
    const printed = printedRows(section, flagEn);
    const want = [t.province!.unit, ...t.shown].flatMap((u) =>
      expected.rows
        .filter((r) => r.unit === u && r.level !== 'city' && risky(r))
        .map((r) => probabilityText(r.forecast!.probability!, 'en')),
    );
    expect(printed.map(([p]) => p)).toEqual(want);
    expect(section).toContain('Zhejiang');
    expect(section).toContain('DEMO DATA');
  });

  it('lists every row at risk in the annex', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await briefAnnex(zh)).buffer as ArrayBuffer);
    expect(wb.worksheets.at(-1)!.name).toBe('目标风险');
    const ws = wb.getWorksheet('目标风险')!;
    const all = expected.rows.filter((r) => r.level !== 'city' && risky(r));
    expect(ws.rowCount).toBe(1 + all.length);
    expect(all.length).toBeGreaterThan(PDF_ROWS);
    const rows = ws.getSheetValues().slice(2) as unknown[][];
    const key = (r: unknown[]): string => `${String(r[2])}|${String(r[5])}`;
    expect(new Set(rows.map(key))).toEqual(new Set(all.map((r) => `${r.unit}|${r.indicator}`)));
    const p = new Map(all.map((r) => [`${r.unit}|${r.indicator}`, r.forecast!.probability]));
    for (const r of rows) {
      expect(r[15]).toBe(p.get(key(r)));
      expect(r[15] as number).toBeLessThan(0.5);
    }
    expect(rows[0]![1]).toBe('省');
    expect(ws.getColumn(15).numFmt).toBe('0.0%');
    const about = wb.getWorksheet('说明')!;
    expect(about.getSheetValues().some((r) => Array.isArray(r) && r[1] === '目标评估年份')).toBe(
      true,
    );
  });
});
