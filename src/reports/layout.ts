// The pages every report shares: A4, a title block with the provenance, headings, tables, key
// figures, charts, page numbers, and the DEMO DATA notice on every page when the data are demo.

import { MISSING, formatTimestamp } from '../core/text/format.ts';
import type { Content, DocumentDefinition } from './document.ts';
import type { EChartsOption } from 'echarts';
import type { chartSvg as ChartSvg } from './charts/svg.ts';
import { reportText, type Lang } from './i18n/index.ts';
import { FONT } from './pdf.ts';

/** A4 portrait in points, and the margins: left, top, right, bottom. */
const PAGE = { width: 595.28, height: 841.89 };
const MARGINS: [number, number, number, number] = [50, 58, 50, 50];
/** The width content can take. */
export const CONTENT_WIDTH = PAGE.width - MARGINS[0] - MARGINS[2];

/** Colours: ink, a muted grey, rules, the accent of headings and the notice's red. */
export const INK = {
  text: '#1f2329',
  muted: '#646a73',
  rule: '#c9cdd4',
  faint: '#e5e6eb',
  fill: '#f2f4f7',
  accent: '#0b4a8b',
  warn: '#b42318',
};

/** What every report says about itself on its title page. */
export interface TitleBlock {
  kicker: string;
  title: string;
  subtitle?: string;
  /** Label–value pairs: month, framework, period, data as of, hash … */
  facts: [string, string][];
}

/** A document around the content: A4, fonts, styles, notice, page numbers, metadata. */
export function reportDocument(opts: {
  lang: Lang;
  title: string;
  demo: boolean;
  /** Printed at the foot of every page beside the page number. */
  footer: string;
  content: Content[];
}): DocumentDefinition {
  const w = reportText(opts.lang, 'common');
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    language: opts.lang,
    info: { title: opts.title, creator: 'gapscope', producer: 'gapscope (pdfmake)' },
    header: opts.demo
      ? () => ({
          text: w('demo'),
          style: 'notice',
          margin: [MARGINS[0], 22, MARGINS[2], 0],
        })
      : undefined,
    footer: (page: number, pages: number) => ({
      columns: [
        { text: opts.footer, style: 'foot' },
        { text: w('page', { page, pages }), style: 'foot', alignment: 'right', width: 'auto' },
      ],
      margin: [MARGINS[0], 18, MARGINS[2], 0],
    }),
    content: opts.content,
    // A heading is never the last thing on a page: it moves to the next with what follows it.
    pageBreakBefore: (node, q) =>
      node.headlineLevel !== undefined && q.getFollowingNodesOnPage().length === 0,
    defaultStyle: { font: FONT, fontSize: 9.5, lineHeight: 1.3, color: INK.text },
    styles: {
      kicker: { fontSize: 10, color: INK.accent, bold: true, characterSpacing: 1 },
      title: { fontSize: 21, bold: true, lineHeight: 1.2, margin: [0, 6, 0, 4] },
      subtitle: { fontSize: 11.5, color: INK.muted, margin: [0, 0, 0, 10] },
      h1: { fontSize: 14, bold: true, color: INK.accent, margin: [0, 16, 0, 6] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      lead: { margin: [0, 0, 0, 6] },
      caption: { fontSize: 8.5, color: INK.muted, margin: [0, 2, 0, 2] },
      th: { bold: true, fontSize: 8.5, color: INK.text },
      td: { fontSize: 8.5 },
      fact: { fontSize: 8.5, color: INK.muted },
      factValue: { fontSize: 8.5 },
      keyValue: { fontSize: 17, bold: true, color: INK.accent, lineHeight: 1.1 },
      keyLabel: { fontSize: 8.5, color: INK.muted },
      notice: { fontSize: 8, bold: true, color: INK.warn, alignment: 'center' },
      foot: { fontSize: 7.5, color: INK.muted },
    },
  };
}

/** The title page's block: kicker, title, subtitle and the provenance facts. */
export function titleBlock(t: TitleBlock): Content[] {
  return [
    { text: t.kicker, style: 'kicker' },
    { text: t.title, style: 'title' },
    ...(t.subtitle ? [{ text: t.subtitle, style: 'subtitle' } as Content] : []),
    {
      table: {
        widths: [90, '*'],
        body: t.facts.map(([k, v]) => [
          { text: k, style: 'fact' },
          { text: v, style: 'factValue' },
        ]),
      },
      layout: {
        hLineWidth: (i: number, node) => (i === 0 || i === node.table.body.length ? 0.8 : 0),
        vLineWidth: () => 0,
        hLineColor: () => INK.rule,
        paddingLeft: () => 0,
        paddingTop: () => 1.5,
        paddingBottom: () => 1.5,
      },
      margin: [0, 4, 0, 8],
    },
  ];
}

/** The provenance facts every report prints: framework, data as of, evaluation hash, software. */
export function provenanceFacts(
  lang: Lang,
  p: {
    framework: { id: string; version: string; name: string };
    asOf: string | null;
    hash: string;
    software: string;
  },
  generatedAt: string,
): [string, string][] {
  const w = reportText(lang, 'common');
  return [
    [
      w('framework'),
      lang === 'en'
        ? `${p.framework.name} (${p.framework.id} ${p.framework.version})`
        : `${p.framework.name}（${p.framework.id} ${p.framework.version}）`,
    ],
    [w('asOf'), formatTimestamp(p.asOf)],
    [w('hash'), p.hash || MISSING],
    [w('generated'), `${formatTimestamp(generatedAt)} · ${p.software}`],
  ];
}

/** A cell: text, or a number already formatted (right-aligned when `numeric`). */
export type CellText =
  | string
  | {
      text: string | Content[];
      bold?: boolean;
      color?: string;
      noWrap?: boolean;
      rowSpan?: number;
    };

/**
 * A table with a header row repeated on every page, thin rules, numbers right-aligned. `numeric`
 * lists the columns that hold numbers.
 */
export function dataTable(
  header: string[],
  rows: CellText[][],
  opts: { widths?: (number | string)[]; numeric?: number[]; fontSize?: number } = {},
): Content {
  const numeric = new Set(opts.numeric ?? []);
  const cell = (c: CellText, k: number, style: string): Content => {
    const base = typeof c === 'string' ? { text: c } : c;
    return {
      ...base,
      style,
      ...(opts.fontSize ? { fontSize: opts.fontSize } : {}),
      alignment: numeric.has(k) ? 'right' : 'left',
      // A number is never broken over two lines.
      ...(numeric.has(k) && style === 'td' ? { noWrap: true } : {}),
    };
  };
  return {
    // A short table is kept on one page; a long one repeats its header on each.
    unbreakable: rows.length <= 15,
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: opts.widths ?? header.map((_, k) => (k === 0 ? '*' : 'auto')),
      body: [
        header.map((h, k) => cell(h, k, 'th')),
        ...rows.map((r) => r.map((c, k) => cell(c, k, 'td'))),
      ],
    },
    layout: {
      hLineWidth: (i: number, node) =>
        i === 0 || i === node.table.body.length ? 0.8 : i === 1 ? 0.6 : 0.3,
      vLineWidth: () => 0,
      hLineColor: (i: number) => (i <= 1 ? INK.rule : INK.faint),
      fillColor: (i: number) => (i === 0 ? INK.fill : null),
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 2, 0, 8],
  };
}

/** A row of key figures: a big value, its label and a note under it, in boxes side by side. */
export function keyFigures(items: { label: string; value: string; note?: string }[]): Content {
  return {
    table: {
      widths: items.map(() => '*'),
      body: [
        items.map((it) => ({
          stack: [
            { text: it.value, style: 'keyValue' },
            { text: it.label, style: 'keyLabel' },
            ...(it.note ? [{ text: it.note, style: 'keyLabel' }] : []),
          ],
          fillColor: INK.fill,
        })),
      ],
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i: number, node) => (i === 0 || i === node.table.widths!.length ? 0 : 6),
      vLineColor: () => '#ffffff',
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 6,
    },
    margin: [0, 4, 0, 8],
  };
}

/** Blocks kept on one page (a heading with what it heads); only for less than a page. */
export function together(...blocks: Content[]): Content {
  return { stack: blocks, unbreakable: true };
}

/** A heading of the given level; a heading left alone at a page's foot moves to the next page. */
export function heading(text: string, level: 1 | 2 = 1): Content {
  return { text, style: level === 1 ? 'h1' : 'h2', headlineLevel: level };
}

/** ECharts' server-side SVG drawing, once loadCharts() has loaded it. */
let drawSvg: typeof ChartSvg | null = null;

/**
 * Loads ECharts for chart(); await it before building a document with charts. Loaded on first use:
 * ECharts is slow to load, and a server may never write a report.
 */
export async function loadCharts(): Promise<void> {
  drawSvg ??= (await import('./charts/svg.ts')).chartSvg;
}

/**
 * A chart: the option drawn as SVG at `px` CSS pixels wide (text at its option's size), placed
 * `width` points wide, with a caption under it; never split across pages.
 */
export function chart(
  option: EChartsOption,
  opts: { caption: string; height: number; width?: number; px?: number },
): Content {
  const width = opts.width ?? CONTENT_WIDTH;
  const px = opts.px ?? Math.round(width * 1.25);
  if (!drawSvg) throw new Error('chart(): await loadCharts() before building the document');
  const svg = drawSvg(option, { width: px, height: Math.round((opts.height * px) / width) }, FONT);
  return {
    stack: [
      { svg, width, font: FONT, alignment: 'center' } as Content,
      { text: opts.caption, style: 'caption', alignment: 'center' },
    ],
    unbreakable: true,
    margin: [0, 4, 0, 8],
  };
}
