// The brief's targets at risk as PDF content: the lead with the counts, then the table by county
// (the province's rows first), cut to the units with most rows at risk when it would be long.

import { MISSING, formatNumber, formatPercent } from '../../core/text/format.ts';
import type { Content } from '../document.ts';
import { paren, periodLabel, sentences } from '../format.ts';
import { isReportKey, reportText, type Lang } from '../i18n/index.ts';
import { INK, dataTable, heading, together, type CellText } from '../layout.ts';
import type { TargetGroup, TargetRiskRow, TargetsSection } from './model.ts';
import { AT_RISK } from './targets-section.ts';

/** A value with the decimals its size needs: 20,512 · 75.2 · 5.50. */
function value(v: number | null, lang: Lang): string {
  if (v === null) return MISSING;
  const a = Math.abs(v);
  return formatNumber(v, lang, { digits: a >= 1000 ? 0 : a >= 10 ? 1 : 2 });
}

/** A value with its unit of measure in the language: 75.2%, 20,512元, 20,512 CNY. */
export function valueWithUnit(v: number | null, measure: string, lang: Lang): string {
  const text = value(v, lang);
  const key = `measure.${measure}`;
  const m = !measure ? '' : isReportKey(key) ? reportText(lang)(key) : measure;
  if (text === MISSING || !m) return text;
  return lang === 'en' && !m.startsWith('%') ? `${text} ${m}` : `${text}${m}`;
}

/**
 * A probability below 50 % as a whole percentage: 38%; one that would round up to 50 % reads
 * "<50%", so that no row at risk seems not to be.
 */
export function probabilityText(p: number, lang: Lang): string {
  const text = formatPercent(p, lang, { digits: 0 });
  const bound = formatPercent(AT_RISK, lang, { digits: 0 });
  return p < AT_RISK && text === bound ? `<${bound}` : text;
}

const FLAG_COLOUR: Record<string, string> = { deterioration: INK.warn, limited: '#b35c00' };

/** A row's cells: unit, indicator, current value, target, forecast, probability, flag. */
function rowCells(
  g: TargetGroup,
  r: TargetRiskRow,
  k: number,
  t: TargetsSection,
  lang: Lang,
): CellText[] {
  const year = Number(t.period);
  const current = valueWithUnit(r.current, r.measure, lang);
  return [
    // The name on every row, muted after the group's first: a group split by a page keeps it.
    k === 0 ? { text: g.name, bold: true } : { text: g.name, color: INK.muted },
    r.indicatorName,
    // The year of a value older than the year assessed, in small type beside it.
    r.currentYear !== null && r.currentYear !== year
      ? {
          text: [
            current,
            { text: paren('', String(r.currentYear), lang), color: INK.muted, fontSize: 7 },
          ],
        }
      : current,
    paren(value(r.target.value, lang), String(r.target.year), lang),
    value(r.forecast, lang),
    { text: probabilityText(r.probability, lang), bold: true },
    {
      text: r.flagName || MISSING,
      color: FLAG_COLOUR[r.flag ?? ''] ?? INK.text,
      noWrap: lang !== 'en',
    },
  ];
}

/** The section's PDF content, numbered after the work section when `afterWork`. */
export function targetsContent(t: TargetsSection, lang: Lang, afterWork: boolean): Content[] {
  const w = reportText(lang, 'brief.targets');
  const c = reportText(lang, 'common');
  const n = (v: number): string => formatNumber(v, lang, { digits: 0 });
  const threshold = formatPercent(AT_RISK, lang, { digits: 0 });
  const vars = {
    year: periodLabel(t.period, lang),
    unitsAll: n(t.assessedUnits),
    pairs: n(t.assessed),
    atRisk: n(t.atRisk),
    units: n(t.groups.length),
    threshold,
  };
  const provinceRows = t.province?.rows.length ?? 0;
  const shown = t.shown.map((u) => t.groups.find((g) => g.unit === u)!);
  const shownRows = shown.reduce((s, g) => s + g.rows.length, provinceRows);
  const lead = sentences(
    [
      w(t.assessed === 0 ? 'lead.noTargets' : t.atRisk ? 'lead' : 'lead.none', vars),
      t.province && t.assessed
        ? w(provinceRows ? 'province' : 'province.none', { n: n(provinceRows), threshold })
        : '',
      shown.length < t.groups.length
        ? w('shown', {
            shown: n(shown.length),
            rows: n(shownRows),
            atRisk: n(t.atRisk),
            threshold,
            sheet: reportText(lang)('sheets.targets'),
          })
        : '',
    ],
    lang,
  );
  const intro = together(heading(w(afterWork ? 'heading' : 'heading.noWork')), {
    text: lead,
    style: 'lead',
  });
  const groups = [...(t.province && provinceRows ? [t.province] : []), ...shown];
  if (!groups.length) return [intro];
  const table = dataTable(
    [
      w('unit'),
      c('indicator'),
      w('current'),
      w('target'),
      w('forecast'),
      w('probability'),
      w('flag'),
    ],
    groups.flatMap((g) => g.rows.map((r, k) => rowCells(g, r, k, t, lang))),
    {
      // A Chinese header breaks between any two characters: its narrow columns are set wide
      // enough; an English flag of two words may take two lines.
      widths: [
        lang === 'en' ? 80 : 70,
        '*',
        'auto',
        'auto',
        'auto',
        lang === 'en' ? 'auto' : 42,
        lang === 'en' ? 58 : 'auto',
      ],
      numeric: [2, 3, 4, 5],
      fontSize: 8,
    },
  );
  const note: Content = { text: w('note', { base: String(t.baseYear) }), style: 'caption' };
  const rows = groups.reduce((s, g) => s + g.rows.length, 0);
  return rows <= 15 ? [together(intro, table, note)] : [intro, table, note];
}
