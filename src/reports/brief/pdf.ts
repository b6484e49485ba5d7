// The monthly brief as a PDF: a title block with the provenance, the index and its movers, the
// three gaps, the work programme, the targets at risk, charts drawn by the dashboard's builders,
// every page numbered.

import type { Content, DocumentDefinition } from '../document.ts';
import type { Figure } from '../../core/gaps/figure.ts';
import {
  MISSING,
  formatDate,
  formatMonth,
  formatNumber,
  formatRankMove,
  formatSigned,
} from '../../core/text/format.ts';
import { buildDistributionOption } from '../../charts/distribution.ts';
import { buildUrbanRuralOption } from '../../charts/urban-rural.ts';
import { paren, periodLabel, sentences } from '../format.ts';
import { reportText, type Lang } from '../i18n/index.ts';
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
import { targetsContent } from './targets-pdf.ts';

/** A figure's cells: value, year earlier, change. */
function figureCells(f: Figure, digits: number, lang: Lang): string[] {
  return [
    formatNumber(f.value, lang, { digits }),
    formatNumber(f.yearEarlier, lang, { digits }),
    formatSigned(f.change, lang, { digits }),
  ];
}

function figureTable(rows: FigureRow[], lang: Lang): Content {
  const w = reportText(lang, 'common');
  return dataTable(
    [w('measure'), w('value'), w('yearEarlier'), w('change')],
    rows.map((r) => [r.label, ...figureCells(r.figure, r.digits, lang)]),
    { widths: ['*', 70, 70, 70], numeric: [1, 2, 3] },
  );
}

/** Two blocks side by side. */
function twoColumns(left: Content[], right: Content[]): Content {
  return { columns: [{ stack: left }, { stack: right }], columnGap: 16, unbreakable: true };
}

function unitTable(units: UnitLine[], lang: Lang, moves: boolean): Content {
  const w = reportText(lang, 'common');
  return dataTable(
    moves
      ? [w('unit'), w('score'), w('score.change'), w('rank.change')]
      : [w('unit'), w('city'), w('score'), w('rank')],
    units.map((u) =>
      moves
        ? [
            u.name,
            formatNumber(u.score, lang, { digits: 1 }),
            formatSigned(u.scoreChange, lang, { digits: 1 }),
            formatRankMove(u.rankChange),
          ]
        : [
            u.name,
            { text: u.city, noWrap: true },
            formatNumber(u.score, lang, { digits: 1 }),
            String(u.rank ?? MISSING),
          ],
    ),
    { widths: ['*', 'auto', 'auto', 'auto'], numeric: [2, 3].concat(moves ? [1] : []) },
  );
}

function indexContent(d: BriefData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'brief.index');
  const c = reportText(lang, 'common');
  const x = d.index;
  const first = x.units.find((u) => u.score !== null);
  const last = [...x.units].reverse().find((u) => u.score !== null);
  const lead = w('lead', {
    period: periodLabel(x.period, lang),
    n: x.n,
    median: formatNumber(x.stats.median, lang, { digits: 1 }),
    p25: formatNumber(x.stats.p25, lang, { digits: 1 }),
    p75: formatNumber(x.stats.p75, lang, { digits: 1 }),
    top: first?.name ?? MISSING,
    topScore: formatNumber(first?.score, lang, { digits: 1 }),
    bottom: last?.name ?? MISSING,
    bottomScore: formatNumber(last?.score, lang, { digits: 1 }),
  });
  const moves =
    x.moves && x.compare
      ? w('lead.change', {
          compare: periodLabel(x.compare, lang),
          up: x.moves.up,
          down: x.moves.down,
          same: x.moves.same,
        })
      : '';
  return [
    together(heading(w('heading')), {
      text: sentences([lead, moves], lang),
      style: 'lead',
    }),
    chart(buildDistributionOption({ scores: x.scores, binWidth: 2.5, digits: 1 }, { lang }), {
      caption: paren(w('distribution'), periodLabel(x.period, lang), lang),
      height: 150,
    }),
    together(
      heading(w('domains'), 2),
      dataTable(
        [
          w('domain'),
          w('mean'),
          x.compare ? periodLabel(x.compare, lang) : c('yearEarlier'),
          c('change'),
        ],
        x.domains.map((dm) => [
          dm.name,
          formatNumber(dm.mean, lang, { digits: 1 }),
          formatNumber(dm.earlier, lang, { digits: 1 }),
          formatSigned(
            dm.mean !== null && dm.earlier !== null ? dm.mean - dm.earlier : null,
            lang,
            { digits: 1 },
          ),
        ]),
        { widths: ['*', 80, 80, 80], numeric: [1, 2, 3] },
      ),
    ),
    twoColumns(
      [heading(w('leaders'), 2), unitTable(x.leaders, lang, false)],
      [heading(w('laggards'), 2), unitTable(x.laggards, lang, false)],
    ),
    ...(x.moves
      ? [
          twoColumns(
            [heading(w('risers'), 2), unitTable(x.risers, lang, true)],
            [heading(w('fallers'), 2), unitTable(x.fallers, lang, true)],
          ),
        ]
      : [{ text: w('noMovers'), style: 'caption' } as Content]),
  ];
}

function gapUnitTable(units: UnitGap[], lang: Lang): Content {
  const c = reportText(lang, 'common');
  const w = reportText(lang, 'brief.gaps');
  return dataTable(
    [c('unit'), w('ratio'), c('change')],
    units.map((u) => [
      u.name,
      formatNumber(u.ratio.value, lang, { digits: 3 }),
      formatSigned(u.ratio.change, lang, { digits: 3 }),
    ]),
    { widths: ['*', 'auto', 'auto'], numeric: [1, 2] },
  );
}

function gapsContent(g: GapsSection, lang: Lang): Content[] {
  const w = reportText(lang, 'brief.gaps');
  const out: Content[] = [];
  const period = periodLabel(g.period, lang);
  for (const u of g.urbanRural) {
    const p = u.province;
    const change = p.ratio.change;
    const vars = {
      period,
      name: u.name,
      ratio: formatNumber(p.ratio.value, lang, { digits: 2 }),
      compare: periodLabel(g.compare, lang),
      direction:
        change === null
          ? ''
          : change < 0
            ? w('narrower')
            : change > 0
              ? w('wider')
              : w('unchanged'),
      change: formatNumber(change === null ? null : Math.abs(change), lang, { digits: 2 }),
      urban: formatNumber(p.urban.value, lang, { digits: 0 }),
      rural: formatNumber(p.rural.value, lang, { digits: 0 }),
      difference: formatNumber(p.difference.value, lang, { digits: 0 }),
    };
    const yc = u.ytd?.ratio.change ?? null;
    const lead = sentences(
      [
        w(change === null ? 'lead.noChange' : 'lead', vars),
        u.ytd
          ? w('ytd', {
              period: periodLabel(u.ytd.period, lang),
              name: u.name,
              ratio: formatNumber(u.ytd.ratio.value, lang, { digits: 2 }),
              change:
                yc === null
                  ? ''
                  : w('ytd.change', {
                      direction: yc < 0 ? w('narrower') : yc > 0 ? w('wider') : w('unchanged'),
                      change: formatNumber(Math.abs(yc), lang, { digits: 2 }),
                    }),
            })
          : '',
      ],
      lang,
    );
    const intro: Content = { text: lead, style: 'lead' };
    out.push(
      out.length
        ? intro
        : together(heading(w('heading')), heading(w('section.urbanRural'), 2), intro),
    );
    out.push(
      chart(
        buildUrbanRuralOption(
          { periods: u.trend.periods.map((c) => periodLabel(c, lang)), province: u.trend.values },
          { lang },
        ),
        { caption: w('trend', { name: u.name }), height: 140 },
      ),
    );
    out.push(
      figureTable(
        [
          { label: w('ratio'), figure: p.ratio, digits: 3 },
          { label: w('difference'), figure: p.difference, digits: 0 },
          { label: w('urban'), figure: p.urban, digits: 0 },
          { label: w('rural'), figure: p.rural, digits: 0 },
        ],
        lang,
      ),
    );
    out.push(
      twoColumns(
        [heading(w('widest'), 2), gapUnitTable(u.widest, lang)],
        [heading(w('narrowed'), 2), gapUnitTable(u.narrowed, lang)],
      ),
    );
  }
  if (g.regional.length) {
    g.regional.forEach((r, k) => {
      const intro: Content = {
        text: w('regional.lead', {
          name: r.name,
          n: r.n,
          weighted: r.weighted ? w('weighted') : '',
        }),
        style: 'lead',
      };
      const table = figureTable(r.rows, lang);
      out.push(
        k ? together(intro, table) : together(heading(w('section.regional'), 2), intro, table),
      );
    });
  }
  out.push(
    together(
      heading(w('section.income'), 2),
      g.income ? figureTable(g.income, lang) : { text: w('noIncome'), style: 'caption' },
    ),
  );
  return out;
}

/** The brief's pdfmake document. */
export function briefDocument(d: BriefData): DocumentDefinition {
  const lang = d.lang;
  const w = reportText(lang, 'brief');
  const month = formatMonth(d.month, lang);
  const x = d.index;
  const facts: [string, string][] = [
    [w('month'), month],
    [
      w('indexPeriod'),
      periodLabel(x.period, lang) +
        (x.compare
          ? ` · ${reportText(lang)('common.compare')} ${periodLabel(x.compare, lang)}`
          : ''),
    ],
  ];
  if (d.gaps) {
    const ytd = d.gaps.urbanRural.find((u) => u.ytd)?.ytd?.period;
    facts.push([
      w('gapPeriod'),
      [d.gaps.period, ...(ytd ? [ytd] : [])].map((p) => periodLabel(p, lang)).join(' · '),
    ]);
  }
  if (d.targets) facts.push([w('targets.year'), periodLabel(d.targets.period, lang)]);
  facts.push(...provenanceFacts(lang, d.provenance, d.generatedAt), [w('annex.label'), w('annex')]);
  return reportDocument({
    lang,
    title: `${w('title')} ${month}`,
    demo: d.demo,
    footer: `${w('title')} · ${month} · ${d.provenance.hash.slice(0, 12)}`,
    content: [
      ...titleBlock({
        kicker: w('kicker'),
        title: w('title'),
        subtitle: `${month} · ${w('subtitle')}`,
        facts,
      }),
      ...indexContent(d),
      ...(d.gaps ? gapsContent(d.gaps, lang) : []),
      ...(d.work ? workContent(d.work, lang, formatDate(d.work.asOf, lang)) : []),
      ...(d.targets ? targetsContent(d.targets, lang, d.work !== null) : []),
    ],
  });
}

/** The brief as PDF bytes. */
export async function briefPdf(d: BriefData): Promise<Uint8Array> {
  await loadCharts();
  return renderPdf(briefDocument(d));
}
