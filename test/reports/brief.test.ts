// The monthly brief from a seeded SQLite store: its figures against the core functions and the
// store's work summaries, the PDF's text (headings, figures, item titles), its embedded CJK font,
// its pages as images, the English version and the XLSX annex.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gapSummary } from '../../src/core/gaps/summary.ts';
import { workDate } from '../../src/core/tasks/dates.ts';
import { briefAnnex } from '../../src/reports/brief/annex.ts';
import { briefData } from '../../src/reports/brief/build.ts';
import type { BriefData } from '../../src/reports/brief/model.ts';
import { briefPdf } from '../../src/reports/brief/pdf.ts';
import { formatNumber } from '../../src/core/text/format.ts';
import type { ReportSource } from '../../src/reports/source.ts';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { loadLiveInputs } from '../../src/store/live-inputs.ts';
import {
  briefWork,
  investmentTotals,
  listWorkItems,
  overdueAndAtRiskByDepartment,
  today,
} from '../../src/store/work-items.ts';
import { freshSqlite } from '../helpers/stores.ts';
import { pdfFile, pdfFonts, pdfPages, pdfPngs, pdfText, squeeze } from './pdf-tools.ts';

describe('the monthly brief', () => {
  let store: Store;
  let source: ReportSource;
  let zh: BriefData;
  let zhPdf: string;
  let text: string;
  const ms: Record<string, number> = {};

  beforeAll(async () => {
    store = await freshSqlite();
    await initStore(store.db, await readBundle());
    source = await loadLiveInputs(store.db);
    const t0 = performance.now();
    zh = await briefData(source, {
      month: '2025-11',
      lang: 'zh-CN',
      work: (m) => briefWork(store.db, m),
    });
    zhPdf = pdfFile(await briefPdf(zh), 'brief-zh.pdf');
    ms.zh = performance.now() - t0;
    text = await pdfText(zhPdf);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('reports the newest year ended by the month, against a year earlier, on demo data', () => {
    // A November 2025 brief cannot quote 2025 as a whole: its year is 2024, its in-year figure
    // the Jan–Sep 2025 one.
    expect(zh).toMatchObject({ month: '2025-11', demo: true, lang: 'zh-CN' });
    expect(zh.index).toMatchObject({ period: '2024', compare: '2023', n: 90 });
    expect(zh.gaps).toMatchObject({ period: '2024', compare: '2023' });
    expect(squeeze(text)).not.toMatch(/2025年全省城乡居民收入倍差/);
    expect(zh.provenance.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(zh.provenance.framework).toMatchObject({ id: 'zhejiang-default' });
  });

  it('prints the Chinese headings, the provenance and the DEMO notice on every page', async () => {
    for (const h of [
      '月度工作简报',
      '2025年11月',
      '一、城乡一体融合高质量发展指数',
      '各领域平均得分',
      '综合得分前五位',
      '名次上升最多',
      '二、三大差距',
      '（一）城乡差距',
      '（二）地区差距',
      '（三）收入差距',
      '三、工作推进',
      '（一）逾期和有风险的事项（按牵头部门）',
      '（二）投资完成情况',
      '（三）提请会议研究的事项',
      '四、目标实现风险',
    ])
      expect(text, h).toContain(h);
    expect(text).toContain(zh.provenance.hash);
    const pages = await pdfPages(zhPdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text.match(/演示数据：除注明来源者外均为合成数据/g)).toHaveLength(pages);
    expect(squeeze(text)).toContain(`第${pages}页/共${pages}页`);
  });

  it('prints the province urban–rural ratio and its change as the core gap summary has them', () => {
    const s = gapSummary({
      framework: source.framework,
      data: source.data,
      geography: source.geography,
      period: '2024',
    });
    const p = s.urbanRural[0]!.province;
    expect(squeeze(text)).toContain(
      `2024年全省城乡居民收入倍差为${formatNumber(p.ratio.value, 'zh-CN', { digits: 2 })}，比2023年缩小${formatNumber(-p.ratio.change!, 'zh-CN', { digits: 2 })}`,
    );
    expect(text).toMatch(
      new RegExp(`倍差\\s+${formatNumber(p.ratio.value, 'zh-CN', { digits: 3 })}\\s+`),
    );
    // The published Jan–Sep 2025 figure (《今日浙江》2025年第23期): 63,079 / 36,383 = 1.73,
    // "0.02 lower" than Jan–Sep 2024: 60,536 / 34,552 = 1.752 (derived from the published growth
    // of 4.2 % and 5.3 %), 1.7338 − 1.7520 = −0.018.
    expect(squeeze(text)).toContain('2025年1—9月全省城乡居民收入倍差为1.73，比上年同期缩小0.02');
    // The group's change compares the same members in both years (the summary's default).
    expect(squeeze(text)).toContain('山区海岛县平均水平（全部=100；上年按本期名单）');
  });

  it('lists the leaders and the movers of the evaluation', () => {
    const first = zh.index.units[0]!;
    expect(first.rank).toBe(1);
    expect(text).toMatch(
      new RegExp(
        `${first.name}\\s+${first.city}\\s+${formatNumber(first.score, 'zh-CN', { digits: 1 })}\\s+1`,
      ),
    );
    const riser = zh.index.risers[0]!;
    expect(riser.rankChange).toBeGreaterThan(0);
    expect(text).toContain(`↑${riser.rankChange}`);
    expect(
      zh.index.risers.every((u, k, a) => k === 0 || a[k - 1]!.rankChange! >= u.rankChange!),
    ).toBe(true);
  });

  it('has the store’s overdue and at-risk items by department, investment and decisions', async () => {
    const asOf = workDate('2025-11', today());
    const flagged = await overdueAndAtRiskByDepartment(store.db, '2025-11', { asOf });
    const w = zh.work!;
    expect(w.byDepartment.map((d) => d.department)).toEqual(
      flagged.map((d) => d.department.name.zh),
    );
    const titles = flagged.flatMap((d) => [...d.overdue, ...d.atRisk]).map((v) => v.title.zh);
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(squeeze(text), t).toContain(squeeze(t).slice(0, 8));
    const inv = await investmentTotals(store.db, { asOf });
    expect(w.investment.total).toMatchObject({
      items: inv.total.items,
      planned: inv.total.planned,
      completed: inv.total.completed,
    });
    expect(squeeze(text)).toContain(
      `计划投资${formatNumber(inv.total.planned / 1e4, 'zh-CN', { digits: 2 })}亿元`,
    );
    const escalated = (await listWorkItems(store.db, { asOf })).filter((v) => v.status.escalated);
    expect(w.decisions.map((d) => d.id)).toEqual(escalated.map((v) => v.id));
    expect(w.total).toBe((await listWorkItems(store.db, { asOf })).length);
  });

  it('embeds the CJK font (subset) and renders its pages', async () => {
    const fonts = await pdfFonts(zhPdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(fonts.some((f) => /NotoSansSC-Regular$/.test(f.name))).toBe(true);
    const { files } = await pdfPngs(zhPdf, 'brief-zh');
    expect(files.length).toBe(await pdfPages(zhPdf));
  });

  it('is written in English with --lang en', async () => {
    const t0 = performance.now();
    const en = await briefData(source, {
      month: '2025-11',
      lang: 'en',
      work: (m) => briefWork(store.db, m),
    });
    const path = pdfFile(await briefPdf(en), 'brief-en.pdf');
    ms.en = performance.now() - t0;
    const t = await pdfText(path);
    for (const h of [
      'Monthly brief',
      'November 2025',
      '1 The Urban–Rural Integration Index',
      '2 The three gaps',
      '3 The work programme',
      '3.2 Investment',
      '4 Targets at risk',
      'DEMO DATA',
    ])
      expect(t, h).toContain(h);
    expect(t).toContain(en.index.units[0]!.name);
    expect(t).not.toContain('二、三大差距');
  });

  it('has an XLSX annex with a sheet per section', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await briefAnnex(zh)).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '说明',
      '指数',
      '领域',
      '城乡差距',
      '地区差距',
      '收入差距',
      '工作事项',
      '投资',
      '目标风险',
    ]);
    const index = wb.getWorksheet('指数')!;
    expect(index.rowCount).toBe(1 + 90);
    expect(index.getRow(2).getCell(5).value).toBe(1);
    const ur = wb.getWorksheet('城乡差距')!;
    expect(ur.getRow(2).getCell(4).value).toBe(zh.gaps!.urbanRural[0]!.province.ratio.value);
  });

  it('takes modest time', () => {
    // Measured on a loaded 2-core machine; generous bounds against regressions only.
    expect(ms.zh).toBeLessThan(15_000);
    expect(ms.en).toBeLessThan(15_000);
  });
});
