// Whether a change is for the better, by the direction in which a figure is good.

/** Colours of better and worse (Okabe–Ito bluish green and vermilion: safe for colour-blindness). */
export const TONE_COLOUR = {
  better: '#009E73',
  worse: '#D55E00',
  same: '#8f959e',
  none: '#8f959e',
} as const;

export type Tone = keyof typeof TONE_COLOUR;

/**
 * 'better' when the change moves the figure in its good direction (+1: higher is better, −1:
 * lower is better), 'worse' against it, 'same' within `epsilon`, 'none' without a change.
 */
export function toneOf(change: number | null | undefined, direction: 1 | -1, epsilon = 1e-9): Tone {
  if (change === null || change === undefined || !Number.isFinite(change)) return 'none';
  if (Math.abs(change) <= epsilon) return 'same';
  return change * direction > 0 ? 'better' : 'worse';
}
