// The brief's XLSX annex: a sheet per section with the figures behind the PDF, every text cell
// safe from formula injection.

import type { Workbook } from 'exceljs';
import { neutralise } from '../../core/text/csv.ts';
import { formatMonth } from '../../core/text/format.ts';
import { periodLabel } from '../format.ts';
import { reportText } from '../i18n/index.ts';
import { provenanceFacts } from '../layout.ts';
import type { BriefData, FigureRow, TargetGroup } from './model.ts';

type Cell = string | number | null;

/** Adds a sheet: a bold, frozen header row, then the rows; columns sized to their text. */
function sheet(wb: Workbook, name: string, header: string[], rows: Cell[][]): void {
  const ws = wb.addWorksheet(name);
  const safe = (c: Cell): Cell => (typeof c === 'string' ? neutralise(c) : c);
  ws.addRow(header.map(safe));
  for (const r of rows) ws.addRow(r.map(safe));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.columns.forEach((col, k) => {
    const longest = Math.max(
      ...[header[k] ?? '', ...rows.map((r) => r[k] ?? '')].map((c) => String(c).length),
    );
    col.width = Math.min(60, Math.max(8, longest + 2));
  });
}

function figureRows(rows: FigureRow[], prefix: string[] = []): Cell[][] {
  return rows.map((r) => [
    ...prefix,
    r.label,
    r.figure.value,
    r.figure.yearEarlier,
    r.figure.change,
  ]);
}

/** The annex as XLSX bytes. */
export async function briefAnnex(d: BriefData): Promise<Uint8Array> {
  const lang = d.lang;
  const words = reportText(lang);
  const c = reportText(lang, 'common');
  const s = reportText(lang, 'sheets');
  // Loaded on first use: exceljs is slow to load, and most runs of a server write no annex.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gapscope';

  const about: Cell[][] = [
    [words('brief.month'), formatMonth(d.month, lang)],
    [words('brief.indexPeriod'), periodLabel(d.index.period, lang)],
    [c('compare'), d.index.compare ? periodLabel(d.index.compare, lang) : null],
    ...provenanceFacts(lang, d.provenance, d.generatedAt),
  ];
  if (d.targets) about.push([words('brief.targets.year'), periodLabel(d.targets.period, lang)]);
  if (d.demo) about.unshift([c('demo.tag'), c('demo')]);
  sheet(wb, s('about'), [s('item'), c('value')], about);

  const x = d.index;
  const domainIds = x.domains.map((dm) => dm.id);
  sheet(
    wb,
    s('index'),
    [
      c('code'),
      c('name'),
      c('city'),
      c('score'),
      c('rank'),
      c('tier'),
      c('score.change'),
      c('rank.change'),
      ...x.domains.map((dm) => dm.name),
    ],
    x.units.map((u) => [
      u.unit,
      u.name,
      u.city,
      u.score,
      u.rank,
      u.tier,
      u.scoreChange,
      u.rankChange,
      ...domainIds.map((id) => u.domains[id] ?? null),
    ]),
  );
  sheet(
    wb,
    s('domains'),
    [words('brief.index.domain'), words('brief.index.mean'), c('yearEarlier')],
    x.domains.map((dm) => [dm.name, dm.mean, dm.earlier]),
  );

  if (d.gaps) {
    const g = d.gaps;
    const gw = reportText(lang, 'brief.gaps');
    const ur: Cell[][] = [];
    for (const u of g.urbanRural) {
      const p = u.province;
      ur.push([
        u.name,
        '',
        gw(`source.${p.source ?? 'data'}`),
        p.ratio.value,
        p.ratio.change,
        p.difference.value,
        p.urban.value,
        p.rural.value,
      ]);
      if (u.ytd)
        ur.push([
          u.name,
          '',
          periodLabel(u.ytd.period, lang),
          u.ytd.ratio.value,
          u.ytd.ratio.change,
        ]);
      for (const x of u.units)
        ur.push([
          u.name,
          x.unit,
          x.name,
          x.ratio.value,
          x.ratio.change,
          x.difference.value,
          x.urban.value,
          x.rural.value,
        ]);
    }
    sheet(
      wb,
      s('urbanRural'),
      [
        c('measure'),
        c('code'),
        c('name'),
        gw('ratio'),
        c('change'),
        gw('difference'),
        gw('urban'),
        gw('rural'),
      ],
      ur,
    );
    sheet(
      wb,
      s('regional'),
      [c('measure'), c('indicator'), c('value'), c('yearEarlier'), c('change')],
      g.regional.flatMap((r) => figureRows(r.rows, [r.name])),
    );
    if (g.income)
      sheet(
        wb,
        s('income'),
        [c('indicator'), c('value'), c('yearEarlier'), c('change')],
        figureRows(g.income),
      );
  }

  if (d.work) {
    const w = reportText(lang, 'work');
    const items: Cell[][] = d.work.byDepartment.flatMap((dep) =>
      dep.items.map((i) => [
        dep.department,
        i.id,
        i.title,
        i.list,
        i.status,
        i.due,
        i.supervised ? w('supervised') : '',
        i.reasons.join('; '),
      ]),
    );
    sheet(
      wb,
      s('work'),
      [
        w('department'),
        c('code'),
        w('item'),
        w('list'),
        w('status'),
        w('due'),
        w('supervised'),
        w('why'),
      ],
      items,
    );
    const inv = d.work.investment;
    const row = (kind: string, r: typeof inv.total): Cell[] => [
      kind,
      r.label,
      r.items,
      r.planned,
      r.completed,
      r.share,
    ];
    sheet(
      wb,
      s('investment'),
      ['', c('name'), w('items'), w('planned.wan'), w('completed.wan'), w('share.pct')],
      [
        ...inv.byList.map((r) => row(w('byList'), r)),
        row(w('byList'), inv.total),
        ...inv.byCity.map((r) => row(w('byCity'), r)),
      ],
    );
  }
  if (d.targets) targetsSheet(wb, d);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The targets at risk, every row: the province's first, then each county-level unit's by city and
 * code, indicators in the framework's order; the probability as a percentage cell.
 */
function targetsSheet(wb: Workbook, d: BriefData): void {
  const t = d.targets!;
  const lang = d.lang;
  const c = reportText(lang, 'common');
  const w = reportText(lang, 'brief.targets');
  const name = reportText(lang)('sheets.targets');
  const rows = (g: TargetGroup, level: 'province' | 'county'): Cell[][] =>
    g.rows.map((r) => [
      w(`level.${level}`),
      g.unit,
      g.name,
      g.cityName,
      r.indicator,
      r.indicatorName,
      r.measure,
      r.current,
      r.currentYear,
      r.target.value,
      r.target.year,
      r.forecast,
      r.lo80,
      r.hi80,
      r.probability,
      r.flagName,
    ]);
  sheet(
    wb,
    name,
    [
      w('level'),
      c('code'),
      c('name'),
      c('city'),
      w('code'),
      c('indicator'),
      w('measure'),
      w('current'),
      w('current.year'),
      w('target.value'),
      w('target.year'),
      w('forecast'),
      w('lo80'),
      w('hi80'),
      w('probability'),
      w('flag'),
    ],
    [
      ...(t.province ? rows(t.province, 'province') : []),
      ...t.groups.flatMap((g) => rows(g, 'county')),
    ],
  );
  wb.getWorksheet(name)!.getColumn(15).numFmt = '0.0%';
}
