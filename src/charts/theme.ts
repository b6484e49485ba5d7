// Colours and type shared by every chart: colour-blind-safe palettes (Okabe–Ito for categories,
// ColorBrewer YlGnBu for ordered bins) and a font stack that renders Chinese.

import type { ChartOpts, ChartTheme, EChartsOption } from './types.ts';

/** Okabe & Ito (2008): distinguishable under the common colour-vision deficiencies. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#999999',
  '#000000',
] as const;

/** ColorBrewer YlGnBu, light to dark: ordered bins, colour-blind safe and printable in grey. */
export const SEQUENTIAL = [
  '#ffffcc',
  '#c7e9b4',
  '#7fcdbb',
  '#41b6c4',
  '#1d91c0',
  '#225ea8',
  '#0c2c84',
] as const;

/** Traffic lights from Okabe–Ito: bluish green, orange, vermilion; grey for nothing to judge. */
export const TRAFFIC = {
  met: '#009E73',
  near: '#E69F00',
  behind: '#D55E00',
  none: '#d9d9d9',
} as const;

/**
 * Chinese first: Noto CJK (Linux), PingFang (macOS), YaHei (Windows), then Latin fallbacks. Names
 * in single quotes: ECharts writes the stack into an SVG style attribute in double quotes.
 */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

/** Text and line colours of a theme. */
export interface Ink {
  text: string;
  muted: string;
  axis: string;
  grid: string;
  missing: string;
  background: string;
}

const INK: Record<ChartTheme, Ink> = {
  light: {
    text: '#1f2329',
    muted: '#646a73',
    axis: '#8f959e',
    grid: '#e5e6eb',
    missing: '#eeeeee',
    background: '#ffffff',
  },
  dark: {
    text: '#e8e8e8',
    muted: '#a6a6a6',
    axis: '#7a7a7a',
    grid: '#303030',
    missing: '#3a3a3a',
    background: '#141414',
  },
};

/** The ink of the options' theme (light unless said). */
export function inkOf(opts: ChartOpts): Ink {
  return INK[opts.theme ?? 'light'];
}

/**
 * What every option starts with: the palette, the font, a transparent background and the aria
 * description that screen readers announce (ECharts writes it from the series).
 */
export function baseOption(opts: ChartOpts): EChartsOption {
  const ink = inkOf(opts);
  return {
    color: [...PALETTE],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: ink.text },
    aria: { enabled: true },
  };
}
