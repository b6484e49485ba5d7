// The county report from a seeded SQLite store: rank, scores and weak points as the evaluation and
// the diagnostics have them, the PDF's Chinese headings, figures and work-item titles, its font
// and pages, the English version, and an unknown unit.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weakPoints } from '../../src/core/diagnostics/weak-points.ts';
import { evaluationJson } from '../../src/core/outputs/evaluation-json.ts';
import { evaluate } from '../../src/core/pipeline/evaluate.ts';
import { formatNumber } from '../../src/core/text/format.ts';
import type { ReportSource } from '../../src/reports/source.ts';
import { unitReportData } from '../../src/reports/unit/build.ts';
import type { UnitReportData } from '../../src/reports/unit/model.ts';
import { unitPdf } from '../../src/reports/unit/pdf.ts';
import type { Store } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { loadLiveInputs } from '../../src/store/live-inputs.ts';
import { listWorkItems, today, unitWork } from '../../src/store/work-items.ts';
import { freshSqlite } from '../helpers/stores.ts';
import { pdfFile, pdfFonts, pdfPages, pdfPngs, pdfText, squeeze } from './pdf-tools.ts';

const UNIT = '330122'; // 桐庐县

describe('the county report', () => {
  let store: Store;
  let source: ReportSource;
  let zh: UnitReportData;
  let path: string;
  let text: string;

  beforeAll(async () => {
    store = await freshSqlite();
    await initStore(store.db, await readBundle());
    source = await loadLiveInputs(store.db);
    zh = await unitReportData(source, {
      unit: UNIT,
      lang: 'zh-CN',
      work: (u) => unitWork(store.db, u),
    });
    path = pdfFile(await unitPdf(zh), 'report-zh.pdf');
    text = await pdfText(path);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('has the unit’s score, rank and domains as the evaluation has them', () => {
    const ev = evaluate({ framework: source.framework, data: source.data, units: source.units });
    const j = evaluationJson(ev);
    const self = j.units.find((u) => u.unit === UNIT)!;
    expect(zh).toMatchObject({
      unit: UNIT,
      name: '桐庐县',
      city: '杭州市',
      period: '2025',
      compare: '2024',
      n: 90,
      rank: self.rank,
      score: self.score,
      tier: self.tier,
      demo: true,
    });
    expect(zh.domains.map((d) => d.score)).toEqual(Object.values(self.domains));
    expect(zh.history.at(-1)).toMatchObject({ period: '2025', rank: self.rank });
    const weak = weakPoints(ev, { units: [UNIT] })[0]!.weakPoints;
    expect(zh.weakPoints.map((w) => w.id)).toEqual(weak.map((w) => w.indicator));
  });

  it('prints the Chinese headings, the rank and the scores', async () => {
    for (const h of [
      '一县一报告',
      '桐庐县城乡一体融合高质量发展评价报告',
      '一、总体情况',
      '二、四大领域',
      '三、历年走势',
      '四、短板弱项',
      '五、指标明细',
      '六、对标单位',
      '七、相关工作事项',
      '强城',
      '兴村',
      '融合',
      '富民',
    ])
      expect(text, h).toContain(h);
    const flat = squeeze(text);
    expect(flat).toContain(`在全省90个县（市、区）中列第${zh.rank}位`);
    expect(flat).toContain(`综合得分${formatNumber(zh.score, 'zh-CN', { digits: 1 })}`);
    expect(flat).toContain(`${zh.rank}/90`);
    expect(text).toContain(zh.provenance.hash);
    expect(text.match(/演示数据/g)).toHaveLength(await pdfPages(path));
  });

  it('lists the work items that concern the unit, with their titles', async () => {
    const items = await listWorkItems(store.db, { unit: UNIT, asOf: today() });
    expect(items.length).toBeGreaterThan(0);
    expect(zh.work!.map((w) => w.id).sort()).toEqual(items.map((v) => v.id).sort());
    for (const v of items)
      expect(squeeze(text), v.title.zh).toContain(squeeze(v.title.zh).slice(0, 8));
  });

  it('embeds the CJK font and renders its pages', async () => {
    expect(
      (await pdfFonts(path)).some((f) => /NotoSansSC-Regular$/.test(f.name) && f.embedded),
    ).toBe(true);
    const { files } = await pdfPngs(path, 'report-zh');
    expect(files.length).toBe(await pdfPages(path));
  });

  it('is written in English', async () => {
    const en = await unitReportData(source, {
      unit: UNIT,
      lang: 'en',
      work: (u) => unitWork(store.db, u),
    });
    const t = await pdfText(pdfFile(await unitPdf(en), 'report-en.pdf'));
    for (const h of ['County report', 'Tonglu County', '1 Overview', '4 Weak points', '6 Peers'])
      expect(t, h).toContain(h);
    expect(t).toContain(`ranks ${en.rank} of 90`);
  });

  it('fails for a unit that is not evaluated, and for a period the data do not have', async () => {
    await expect(unitReportData(source, { unit: '330100', lang: 'zh-CN' })).rejects.toThrow(
      /unit 330100 is not among the 90 evaluated units/,
    );
    await expect(
      unitReportData(source, { unit: UNIT, lang: 'zh-CN', period: '2010' }),
    ).rejects.toThrow(/no period 2010/);
  });
});
