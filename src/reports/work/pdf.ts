// The work sections as PDF content: the brief's items by department, investment and decisions,
// and the county report's related items.

import { MISSING, formatNumber } from '../../core/text/format.ts';
import type { EChartsOption } from 'echarts';
import { buildUnitBarsOption } from '../../charts/unit-bars.ts';
import type { Content } from '../document.ts';
import type { WorkItemLine, WorkSection } from '../brief/model.ts';
import { reportText, type Lang } from '../i18n/index.ts';
import { INK, chart, dataTable, heading, together, type CellText } from '../layout.ts';

/** 10,000 CNY as 亿元 (Chinese) or CNY bn (English). */
export function money(v: number, lang: Lang): string {
  return formatNumber(lang === 'en' ? v / 1e5 : v / 1e4, lang, { digits: 2 });
}

/** A percentage given in points (0–100), or MISSING. */
function pct(v: number | null, lang: Lang): string {
  return v === null ? MISSING : `${formatNumber(v, lang, { digits: 1 })}%`;
}

const STATUS_COLOUR: Record<string, string> = { overdue: INK.warn, 'at-risk': '#b35c00' };

/** The item's title with its id and flags (supervised, report late) under it. */
function itemCell(x: WorkItemLine, lang: Lang): CellText {
  const w = reportText(lang, 'work');
  const flags = [
    x.id,
    ...(x.supervised ? [w('supervised')] : []),
    ...(x.lateReport ? [w('lateReport')] : []),
  ];
  return {
    text: [{ text: x.title }, { text: `\n${flags.join(' · ')}`, color: INK.muted, fontSize: 7.5 }],
  };
}

function statusCell(x: WorkItemLine): CellText {
  return { text: x.status, color: STATUS_COLOUR[x.statusCode] ?? INK.text, bold: true };
}

function byDepartment(s: WorkSection, lang: Lang): Content[] {
  const w = reportText(lang, 'work');
  if (!s.byDepartment.length)
    return [together(heading(w('byDepartment'), 2), { text: w('noneFlagged'), style: 'lead' })];
  const rows: CellText[][] = [];
  for (const d of s.byDepartment)
    d.items.forEach((x, k) =>
      rows.push([
        k === 0 ? { text: d.department, rowSpan: d.items.length } : '',
        itemCell(x, lang),
        statusCell(x),
        x.due,
        x.reasons.join(lang === 'en' ? '; ' : '；') || MISSING,
      ]),
    );
  return [
    heading(w('byDepartment'), 2),
    dataTable([w('department'), w('item'), w('status'), w('due'), w('why')], rows, {
      widths: [70, '*', 'auto', 'auto', 150],
    }),
  ];
}

function investment(s: WorkSection, lang: Lang): Content[] {
  const w = reportText(lang, 'work');
  const t = s.investment.total;
  if (!t.items)
    return [together(heading(w('investment'), 2), { text: w('noInvestment'), style: 'lead' })];
  const header = (first: string) => [first, w('items'), w('planned'), w('completed'), w('share')];
  const cells = (r: WorkSection['investment']['total']): string[] => [
    r.label,
    String(r.items),
    money(r.planned, lang),
    money(r.completed, lang),
    pct(r.share, lang),
  ];
  const opts = { widths: ['*', 'auto', 'auto', 'auto', 'auto'], numeric: [1, 2, 3, 4] };
  const cities = s.investment.byCity;
  return [
    together(
      heading(w('investment'), 2),
      {
        text: w('investment.lead', {
          items: t.items,
          planned: money(t.planned, lang),
          completed: money(t.completed, lang),
          share: pct(t.share, lang),
        }),
        style: 'lead',
      },
      { text: w('byList'), style: 'h2' },
      dataTable(header(w('list')), [...s.investment.byList.map(cells), cells(t)], opts),
    ),
    together(
      { text: w('byCity'), style: 'h2' },
      {
        columns: [
          { stack: [dataTable(header(reportText(lang)('common.city')), cities.map(cells), opts)] },
          {
            width: 200,
            stack: [
              chart(
                shareBars(
                  buildUnitBarsOption(
                    {
                      items: cities.map((c) => ({ code: c.label, name: c.label, value: c.share })),
                      reference: t.share === null ? null : { value: t.share, label: w('province') },
                      digits: 1,
                    },
                    { lang },
                  ),
                ),
                { caption: w('share.chart'), width: 200, height: 40 + 15 * cities.length },
              ),
            ],
          },
        ],
        columnGap: 14,
      },
    ),
  ];
}

/** Shares start at 0 and take few ticks: the chart is narrow beside its table. */
function shareBars(option: EChartsOption): EChartsOption {
  return {
    ...option,
    xAxis: { ...(option.xAxis as object), scale: false, min: 0, splitNumber: 2 },
  };
}

function decisions(s: WorkSection, lang: Lang): Content[] {
  const w = reportText(lang, 'work');
  if (!s.decisions.length)
    return [together(heading(w('decisions'), 2), { text: w('noDecisions'), style: 'lead' })];
  return [
    together(
      heading(w('decisions'), 2),
      { text: w('decisions.lead'), style: 'lead' },
      dataTable(
        [w('item'), w('department'), w('status'), w('help')],
        s.decisions.map((x) => [itemCell(x, lang), x.lead, statusCell(x), x.help || MISSING]),
        { widths: ['*', 80, 'auto', 170] },
      ),
    ),
  ];
}

/** The brief's work section. */
export function workContent(s: WorkSection, lang: Lang, asOf: string): Content[] {
  const w = reportText(lang, 'work');
  const c = s.counts;
  return [
    together(heading(w('heading')), {
      text: w('lead', {
        asOf,
        total: s.total,
        done: c.done,
        onTrack: c['on-track'],
        atRisk: c['at-risk'],
        overdue: c.overdue,
        notStarted: c['not-started'],
        escalated: s.escalated,
      }),
      style: 'lead',
    }),
    ...byDepartment(s, lang),
    ...investment(s, lang),
    ...decisions(s, lang),
  ];
}

/** The county report's related items. */
export function relatedContent(items: WorkItemLine[], lang: Lang): Content[] {
  const w = reportText(lang, 'work');
  if (!items.length)
    return [together(heading(w('related')), { text: w('noRelated'), style: 'lead' })];
  const table = dataTable(
    [w('item'), w('list'), w('department'), w('due'), w('status')],
    items.map((x) => [
      x.reasons.length
        ? {
            text: [
              ...(itemCell(x, lang) as { text: Content[] }).text,
              {
                text: `\n${x.reasons.join(lang === 'en' ? '; ' : '；')}`,
                color: INK.muted,
                fontSize: 7.5,
              },
            ],
          }
        : itemCell(x, lang),
      x.list,
      x.lead,
      x.due,
      statusCell(x),
    ]),
    { widths: ['*', 'auto', 80, 'auto', 'auto'] },
  );
  return items.length <= 15
    ? [together(heading(w('related')), table)]
    : [heading(w('related')), table];
}
