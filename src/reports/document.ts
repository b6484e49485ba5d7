// The shapes of the pdfmake document definitions the reports build (pdfmake 0.3, "Document
// definition object"): only the properties used here.

/** Left, top, right, bottom (or all four, or horizontal and vertical), in points. */
export type Margins = number | [number, number] | [number, number, number, number];

/** How text is set. */
export interface Style {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  color?: string;
  lineHeight?: number;
  characterSpacing?: number;
  alignment?: 'left' | 'right' | 'center' | 'justify';
  margin?: Margins;
}

/** What a table layout callback is told about its table. */
export interface LayoutNode {
  table: { body: unknown[][]; widths?: unknown[] };
}

/** Rules, fills and paddings of a table, by row or column index. */
export interface TableLayout {
  hLineWidth?: (i: number, node: LayoutNode) => number;
  vLineWidth?: (i: number, node: LayoutNode) => number;
  hLineColor?: (i: number, node: LayoutNode) => string;
  vLineColor?: (i: number, node: LayoutNode) => string;
  fillColor?: (i: number, node: LayoutNode) => string | null;
  paddingLeft?: (i: number, node: LayoutNode) => number;
  paddingRight?: (i: number, node: LayoutNode) => number;
  paddingTop?: (i: number, node: LayoutNode) => number;
  paddingBottom?: (i: number, node: LayoutNode) => number;
}

/** A block of content: text, a stack, columns, a table or an SVG drawing. */
export interface Block extends Style {
  text?: string | Content[];
  style?: string;
  stack?: Content[];
  columns?: Content[];
  columnGap?: number;
  table?: {
    headerRows?: number;
    dontBreakRows?: boolean;
    widths?: (number | string)[];
    body: Content[][];
  };
  layout?: TableLayout;
  svg?: string;
  width?: number | string;
  fillColor?: string;
  noWrap?: boolean;
  rowSpan?: number;
  /** Kept on one page. */
  unbreakable?: boolean;
  headlineLevel?: number;
}

export type Content = string | Block | Content[];

/** A whole document. */
export interface DocumentDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait' | 'landscape';
  pageMargins: Margins;
  language?: string;
  info?: { title?: string; creator?: string; producer?: string };
  header?: (page: number, pages: number) => Content | null;
  footer?: (page: number, pages: number) => Content | null;
  content: Content[];
  pageBreakBefore?: (
    node: { headlineLevel?: number },
    q: { getFollowingNodesOnPage(): unknown[] },
  ) => boolean;
  defaultStyle?: Style;
  styles?: Record<string, Style>;
}
