// The county report as a PDF: the unit's standing, its domains (radar), its trend, weak points,
// every indicator against its target and its peers.

import {
  MISSING,
  formatNumber,
  formatPercent,
  formatRankMove,
  formatSigned,
} from '../../core/text/format.ts';
import type { Content, DocumentDefinition } from '../document.ts';
import { buildRadarOption } from '../../charts/radar.ts';
import { buildTrendOption } from '../../charts/trend.ts';
import { paren, periodLabel, sentences } from '../format.ts';
import { isReportKey, reportText, type Lang } from '../i18n/index.ts';
import {
  chart,
  dataTable,
  heading,
  keyFigures,
  loadCharts,
  provenanceFacts,
  reportDocument,
  titleBlock,
  together,
} from '../layout.ts';
import { renderPdf } from '../pdf.ts';
import { relatedContent } from '../work/pdf.ts';
import type { IndicatorLine, PeerLine, UnitReportData } from './model.ts';

/** A value with decimals by its size: 81,538 · 56.3 · 1.81. */
function value(v: number | null, lang: Lang): string {
  if (v === null) return MISSING;
  const a = Math.abs(v);
  return formatNumber(v, lang, { digits: a >= 1000 ? 0 : a >= 10 ? 1 : 2 });
}

function overview(d: UnitReportData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  const tier = d.tier ? c('tier.of', { tier: d.tier, n: d.tiers }) : '';
  const since = (change: string): string =>
    d.compare ? c('since', { change, period: periodLabel(d.compare, lang) }) : '';
  const r = d.rankChange ?? 0;
  const lead = sentences(
    [
      w('summary.lead', {
        period: periodLabel(d.period, lang),
        name: d.name,
        score: formatNumber(d.score, lang, { digits: 1 }),
        n: d.n,
        rank: d.rank ?? MISSING,
        tier,
      }),
      d.compare && d.scoreChange !== null
        ? w('summary.change', {
            compare: periodLabel(d.compare, lang),
            scoreChange: formatSigned(d.scoreChange, lang, { digits: 1 }),
            rankChange:
              r > 0 ? w('rankUp', { n: r }) : r < 0 ? w('rankDown', { n: -r }) : w('rankSame'),
          })
        : '',
      d.urbanRural
        ? w('urbanRural', {
            name: d.urbanRural.name,
            ratio: formatNumber(d.urbanRural.ratio.value, lang, { digits: 3 }),
            change: formatSigned(d.urbanRural.ratio.change, lang, { digits: 3 }),
          })
        : '',
    ],
    lang,
  );
  return [
    together(
      heading(w('summary')),
      keyFigures([
        {
          label: w('keyScore'),
          value: formatNumber(d.score, lang, { digits: 1 }),
          note: since(formatSigned(d.scoreChange, lang, { digits: 1 })),
        },
        {
          label: w('keyRank'),
          value: c('of', { rank: d.rank ?? MISSING, n: d.n }),
          note: since(formatRankMove(d.rankChange)),
        },
        { label: w('keyTier'), value: d.tier ? `${d.tier}/${d.tiers}` : MISSING },
        {
          label: w('keyCoupling'),
          value: formatNumber(d.coupling.D, lang, { digits: 3 }),
          note: d.coupling.label ?? '',
        },
      ]),
      { text: lead, style: 'lead' },
    ),
  ];
}

function domains(d: UnitReportData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  const cityMean = w('cityMean', { city: d.city });
  const scores = (pick: (x: UnitReportData['domains'][number]) => number | null) =>
    Object.fromEntries(d.domains.map((x) => [x.id, pick(x)]));
  const table = dataTable(
    [w('domain'), c('score'), c('rank'), w('provinceMean'), cityMean],
    d.domains.map((x) => [
      x.name,
      formatNumber(x.score, lang, { digits: 1 }),
      x.rank ? `${x.rank}/${d.n}` : MISSING,
      formatNumber(x.province, lang, { digits: 1 }),
      formatNumber(x.city, lang, { digits: 1 }),
    ]),
    { widths: ['*', 'auto', 'auto', 'auto', 'auto'], numeric: [1, 2, 3, 4] },
  );
  const option = buildRadarOption(
    {
      domains: d.domains.map((x) => ({ id: x.id, name: x.name })),
      unit: { name: d.name, scores: scores((x) => x.score) },
      province: scores((x) => x.province),
      city: d.city ? { name: d.city, scores: scores((x) => x.city) } : null,
    },
    { lang },
  );
  // Beside the table the radar is narrow: a smaller circle leaves room for the domains' names.
  const radar = chart(
    { ...option, radar: { ...(option.radar as object), radius: '48%', center: ['50%', '45%'] } },
    {
      caption: paren(w('domain.chart'), periodLabel(d.period, lang), lang),
      height: 200,
      width: 230,
      px: 380,
    },
  );
  return [
    together(heading(w('domains')), {
      columns: [
        { stack: [table], width: '*' },
        { stack: [radar], width: 230 },
      ],
      columnGap: 14,
    }),
  ];
}

function trends(d: UnitReportData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  const periods = d.history.map((h) => periodLabel(h.period, lang));
  return [
    together(
      heading(w('trends')),
      chart(
        buildTrendOption(
          {
            periods,
            series: [
              { name: d.name, values: d.history.map((h) => h.score), emphasis: true },
              { name: w('provinceMean'), values: d.history.map((h) => h.province), dashed: true },
              ...(d.city
                ? [
                    {
                      name: w('cityMean', { city: d.city }),
                      values: d.history.map((h) => h.city),
                      dashed: true,
                    },
                  ]
                : []),
            ],
            digits: 1,
          },
          { lang },
        ),
        { caption: w('trend.chart'), height: 150 },
      ),
      dataTable(
        ['', ...d.history.map((h) => periodLabel(h.period, lang).replace(/年$/, ''))],
        [
          [c('score'), ...d.history.map((h) => formatNumber(h.score, lang, { digits: 1 }))],
          [c('rank'), ...d.history.map((h) => (h.rank ? String(h.rank) : MISSING))],
        ],
        {
          widths: ['auto', ...d.history.map(() => '*')],
          numeric: d.history.map((_, k) => k + 1),
          fontSize: 8,
        },
      ),
    ),
  ];
}

function targetText(t: IndicatorLine['target'], lang: Lang): string {
  return t ? `${value(t.value, lang)} (${t.year})` : MISSING;
}

/** The indicator's name with its unit of measure in the language. */
function named(x: IndicatorLine, lang: Lang): string {
  const key = `measure.${x.measure}`;
  const m = !x.measure ? '' : isReportKey(key) ? reportText(lang)(key) : x.measure;
  return m ? paren(x.name, m, lang) : x.name;
}

function weak(d: UnitReportData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  if (!d.weakPoints.length)
    return [together(heading(w('weak')), { text: w('noWeak'), style: 'lead' })];
  const table = dataTable(
    [c('indicator'), c('value'), c('rank'), c('target'), w('obstacle'), w('reasons')],
    d.weakPoints.map((x) => [
      named(x, lang),
      value(x.value, lang),
      x.rank ? c('of', { rank: x.rank, n: x.of }) : MISSING,
      targetText(x.target, lang),
      formatPercent(x.obstacle, lang, { digits: 1 }),
      x.reasons.join(lang === 'en' ? ', ' : '、'),
    ]),
    { widths: ['*', 'auto', 'auto', 'auto', 'auto', 90], numeric: [1, 2, 3, 4] },
  );
  const intro = together(heading(w('weak')), { text: w('weak.lead'), style: 'lead' });
  return d.weakPoints.length <= 15 ? [together(intro, table)] : [intro, table];
}

function indicators(d: UnitReportData): Content[] {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  const table = dataTable(
    [c('indicator'), c('value'), w('normalised'), c('rank'), c('target'), w('trend')],
    d.indicators.map((x) => [
      `${x.id} ${named(x, lang)}`,
      value(x.value, lang),
      formatNumber(x.normalised, lang, { digits: 1 }),
      x.rank ? c('of', { rank: x.rank, n: x.of }) : MISSING,
      targetText(x.target, lang),
      x.trend ?? MISSING,
    ]),
    { widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'], numeric: [1, 2, 3, 4] },
  );
  // A framework of up to ~30 indicators fits on a page with its heading.
  return d.indicators.length <= 30
    ? [together(heading(w('indicators')), table)]
    : [heading(w('indicators')), table];
}

function peerTable(rows: PeerLine[], lang: Lang, distance: boolean): Content {
  const c = reportText(lang, 'common');
  const w = reportText(lang, 'unit');
  return dataTable(
    [c('unit'), c('score'), c('rank'), ...(distance ? [w('distance')] : [c('tier')])],
    rows.map((p) => [
      p.name,
      formatNumber(p.score, lang, { digits: 1 }),
      p.rank ? String(p.rank) : MISSING,
      distance ? formatNumber(p.distance, lang, { digits: 1 }) : p.tier ? String(p.tier) : MISSING,
    ]),
    { widths: ['*', 'auto', 'auto', 'auto'], numeric: [1, 2, 3] },
  );
}

function peerSection(d: UnitReportData): Content[] {
  const w = reportText(d.lang, 'unit');
  return [
    together(heading(w('peers')), {
      columns: [
        { stack: [heading(w('tierPeers'), 2), peerTable(d.peers.tier, d.lang, false)] },
        { stack: [heading(w('nearestPeers'), 2), peerTable(d.peers.nearest, d.lang, true)] },
      ],
      columnGap: 16,
    }),
  ];
}

/** The county report's pdfmake document. */
export function unitDocument(d: UnitReportData): DocumentDefinition {
  const lang = d.lang;
  const w = reportText(lang, 'unit');
  const c = reportText(lang, 'common');
  const period = periodLabel(d.period, lang);
  return reportDocument({
    lang,
    title: w('title', { name: d.name }),
    demo: d.demo,
    footer: `${w('kicker')} · ${d.name} · ${period} · ${d.provenance.hash.slice(0, 12)}`,
    content: [
      ...titleBlock({
        kicker: w('kicker'),
        title: w('title', { name: d.name }),
        subtitle: [d.city, period].filter(Boolean).join(' · '),
        facts: [
          [c('code'), d.unit],
          [c('city'), d.city || MISSING],
          [
            c('period'),
            d.compare ? `${period} · ${c('compare')} ${periodLabel(d.compare, lang)}` : period,
          ],
          ...provenanceFacts(lang, d.provenance, d.generatedAt),
        ],
      }),
      ...overview(d),
      ...domains(d),
      ...trends(d),
      ...weak(d),
      ...indicators(d),
      ...peerSection(d),
      ...(d.work ? relatedContent(d.work, lang) : []),
    ],
  });
}

/** The county report as PDF bytes. */
export async function unitPdf(d: UnitReportData): Promise<Uint8Array> {
  await loadCharts();
  return renderPdf(unitDocument(d));
}
