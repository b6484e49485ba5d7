// The vocabulary of the chart builders: what every builder takes besides its data, and what a
// chart's data look like when downloaded.

import type { EChartsOption } from 'echarts';
import type { Lang } from '../i18n/index.ts';

export type { EChartsOption, Lang };

/** The colour scheme a chart is drawn for. */
export type ChartTheme = 'light' | 'dark';

/** What every builder takes besides its data: the language of its text and the colour scheme. */
export interface ChartOpts {
  lang: Lang;
  theme?: ChartTheme;
}

/** A cell of a downloaded table: text, a number, or empty. */
export type Cell = string | number | null;

/** A chart's data as displayed, for CSV download: a header and rows. */
export interface ChartTable {
  header: string[];
  rows: Cell[][];
}
