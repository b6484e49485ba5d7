// The monthly brief as a PDF: a title block with the provenance, the index and its movers, the
// three gaps, charts drawn by the dashboard's builders, every page numbered.

import type { Content, DocumentDefinition } from '../document.ts';
import type { Figure } from '../../core/gaps/figure.ts';
import { buildDistributionOption, buildUrbanRuralOption } from '../charts/builders.ts';
import {
  dateLabel,
  monthLabel,
  num,
  paren,
  periodLabel,
  rankMove,
  sentences,
  signed,
} from '../format.ts';
import { fill, reportWords, type Lang } from '../i18n/index.ts';
import {
  chart,
  dataTable,
  heading,
  loadCharts,
  provenanceFacts,
  reportDocument,
  titleBlock,
  together,
} from '../layout.ts';
import { renderPdf } from '../pdf.ts';
import { workContent } from '../work/pdf.ts';
import type { BriefData, FigureRow, GapsSection, UnitGap, UnitLine } from './model.ts';

/** A figure's cells: value, year earlier, change. */
function figureCells(f: Figure, digits: number, lang: Lang): string[] {
  return [
    num(f.value, lang, digits),
    num(f.yearEarlier, lang, digits),
    signed(f.change, lang, digits),
  ];
}

function figureTable(rows: FigureRow[], lang: Lang): Content {
  const w = reportWords(lang).common;
  return dataTable(
    [w.measure, w.value, w.yearEarlier, w.change],
    rows.map((r) => [r.label, ...figureCells(r.figure, r.digits, lang)]),
    { widths: ['*', 70, 70, 70], numeric: [1, 2, 3] },
  );
}

/** Two blocks side by side. */
function twoColumns(left: Content[], right: Content[]): Content {
  return { columns: [{ stack: left }, { stack: right }], columnGap: 16, unbreakable: true };
}

function unitTable(units: UnitLine[], lang: Lang, moves: boolean): Content {
  const w = reportWords(lang).common;
  return dataTable(
    moves ? [w.unit, w.score, w.scoreChange, w.rankChange] : [w.unit, w.city, w.score, w.rank],
    units.map((u) =>
      moves
        ? [u.name, num(u.score, lang, 1), signed(u.scoreChange, lang, 1), rankMove(u.rankChange)]
        : [u.name, { text: u.city, noWrap: true }, num(u.score, lang, 1), String(u.rank ?? '–')],
    ),
    { widths: ['*', 'auto', 'auto', 'auto'], numeric: [2, 3].concat(moves ? [1] : []) },
  );
}

function indexContent(d: BriefData): Content[] {
  const lang = d.lang;
  const w = reportWords(lang).brief.index;
  const c = reportWords(lang).common;
  const x = d.index;
  const first = x.units.find((u) => u.score !== null);
  const last = [...x.units].reverse().find((u) => u.score !== null);
  const lead = fill(w.lead, {
    period: periodLabel(x.period, lang),
    n: x.n,
    median: num(x.stats.median, lang, 1),
    p25: num(x.stats.p25, lang, 1),
    p75: num(x.stats.p75, lang, 1),
    top: first?.name ?? '–',
    topScore: num(first?.score, lang, 1),
    bottom: last?.name ?? '–',
    bottomScore: num(last?.score, lang, 1),
  });
  const moves =
    x.moves && x.compare
      ? fill(w.leadChange, {
          compare: periodLabel(x.compare, lang),
          up: x.moves.up,
          down: x.moves.down,
          same: x.moves.same,
        })
      : '';
  return [
    together(heading(w.heading), {
      text: sentences([lead, moves], lang),
      style: 'lead',
    }),
    chart(buildDistributionOption({ scores: x.scores, binWidth: 2.5, digits: 1 }, { lang }), {
      caption: paren(w.distribution, periodLabel(x.period, lang), lang),
      height: 150,
    }),
    together(
      heading(w.domains, 2),
      dataTable(
        [w.domain, w.mean, x.compare ? periodLabel(x.compare, lang) : c.yearEarlier, c.change],
        x.domains.map((dm) => [
          dm.name,
          num(dm.mean, lang, 1),
          num(dm.earlier, lang, 1),
          signed(dm.mean !== null && dm.earlier !== null ? dm.mean - dm.earlier : null, lang, 1),
        ]),
        { widths: ['*', 80, 80, 80], numeric: [1, 2, 3] },
      ),
    ),
    twoColumns(
      [heading(w.leaders, 2), unitTable(x.leaders, lang, false)],
      [heading(w.laggards, 2), unitTable(x.laggards, lang, false)],
    ),
    ...(x.moves
      ? [
          twoColumns(
            [heading(w.risers, 2), unitTable(x.risers, lang, true)],
            [heading(w.fallers, 2), unitTable(x.fallers, lang, true)],
          ),
        ]
      : [{ text: w.noMovers, style: 'caption' } as Content]),
  ];
}

function gapUnitTable(units: UnitGap[], lang: Lang): Content {
  const c = reportWords(lang).common;
  const w = reportWords(lang).brief.gaps;
  return dataTable(
    [c.unit, w.ratio, c.change],
    units.map((u) => [u.name, num(u.ratio.value, lang, 3), signed(u.ratio.change, lang, 3)]),
    { widths: ['*', 'auto', 'auto'], numeric: [1, 2] },
  );
}

function gapsContent(g: GapsSection, lang: Lang): Content[] {
  const w = reportWords(lang).brief.gaps;
  const out: Content[] = [];
  const period = periodLabel(g.period, lang);
  for (const u of g.urbanRural) {
    const p = u.province;
    const change = p.ratio.change;
    const vars = {
      period,
      name: u.name,
      ratio: num(p.ratio.value, lang, 2),
      compare: periodLabel(g.compare, lang),
      direction:
        change === null ? '' : change < 0 ? w.narrower : change > 0 ? w.wider : w.unchanged,
      change: num(change === null ? null : Math.abs(change), lang, 2),
      urban: num(p.urban.value, lang, 0),
      rural: num(p.rural.value, lang, 0),
      difference: num(p.difference.value, lang, 0),
    };
    const yc = u.ytd?.ratio.change ?? null;
    const lead = sentences(
      [
        fill(change === null ? w.leadNoChange : w.lead, vars),
        u.ytd
          ? fill(w.ytd, {
              period: periodLabel(u.ytd.period, lang),
              name: u.name,
              ratio: num(u.ytd.ratio.value, lang, 2),
              change:
                yc === null
                  ? ''
                  : fill(w.ytdChange, {
                      direction: yc < 0 ? w.narrower : yc > 0 ? w.wider : w.unchanged,
                      change: num(Math.abs(yc), lang, 2),
                    }),
            })
          : '',
      ],
      lang,
    );
    const intro: Content = { text: lead, style: 'lead' };
    out.push(out.length ? intro : together(heading(w.heading), heading(w.urbanRural, 2), intro));
    out.push(
      chart(
        buildUrbanRuralOption(
          { periods: u.trend.periods.map((c) => periodLabel(c, lang)), province: u.trend.values },
          { lang },
        ),
        { caption: fill(w.trend, { name: u.name }), height: 140 },
      ),
    );
    out.push(
      figureTable(
        [
          { label: w.ratio, figure: p.ratio, digits: 3 },
          { label: w.difference, figure: p.difference, digits: 0 },
          { label: w.urban, figure: p.urban, digits: 0 },
          { label: w.rural, figure: p.rural, digits: 0 },
        ],
        lang,
      ),
    );
    out.push(
      twoColumns(
        [heading(w.widest, 2), gapUnitTable(u.widest, lang)],
        [heading(w.narrowed, 2), gapUnitTable(u.narrowed, lang)],
      ),
    );
  }
  if (g.regional.length) {
    g.regional.forEach((r, k) => {
      const intro: Content = {
        text: fill(w.regionalLead, {
          name: r.name,
          n: r.n,
          weighted: r.weighted ? w.weighted : '',
        }),
        style: 'lead',
      };
      const table = figureTable(r.rows, lang);
      out.push(k ? together(intro, table) : together(heading(w.regional, 2), intro, table));
    });
  }
  out.push(
    together(
      heading(w.income, 2),
      g.income ? figureTable(g.income, lang) : { text: w.noIncome, style: 'caption' },
    ),
  );
  return out;
}

/** The brief's pdfmake document. */
export function briefDocument(d: BriefData): DocumentDefinition {
  const lang = d.lang;
  const w = reportWords(lang).brief;
  const month = monthLabel(d.month, lang);
  const x = d.index;
  const facts: [string, string][] = [
    [w.month, month],
    [
      w.indexPeriod,
      periodLabel(x.period, lang) +
        (x.compare ? ` · ${reportWords(lang).common.compare} ${periodLabel(x.compare, lang)}` : ''),
    ],
  ];
  if (d.gaps) {
    const ytd = d.gaps.urbanRural.find((u) => u.ytd)?.ytd?.period;
    facts.push([
      w.gapPeriod,
      [d.gaps.period, ...(ytd ? [ytd] : [])].map((p) => periodLabel(p, lang)).join(' · '),
    ]);
  }
  facts.push(...provenanceFacts(lang, d.provenance, d.generatedAt), [w.annexLabel, w.annex]);
  return reportDocument({
    lang,
    title: `${w.title} ${month}`,
    demo: d.demo,
    footer: `${w.title} · ${month} · ${d.provenance.hash.slice(0, 12)}`,
    content: [
      ...titleBlock({
        kicker: w.kicker,
        title: w.title,
        subtitle: `${month} · ${w.subtitle}`,
        facts,
      }),
      ...indexContent(d),
      ...(d.gaps ? gapsContent(d.gaps, lang) : []),
      ...(d.work ? workContent(d.work, lang, dateLabel(d.work.asOf, lang)) : []),
    ],
  });
}

/** The brief as PDF bytes. */
export async function briefPdf(d: BriefData): Promise<Uint8Array> {
  await loadCharts();
  return renderPdf(briefDocument(d));
}
