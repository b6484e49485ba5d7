// The named threshold sets of the progress flags (METHODS.md § Progress towards targets and
// forecasts): Statistics Canada's in open-sdg (the default) and Eurostat's.

/** The bounds of on track, needs acceleration and limited progress; below the last: deterioration. */
export interface Bounds {
  onTrack: number;
  acceleration: number;
  limited: number;
}

/** A threshold set: on the ratio r with a target, on the signed growth G without one. */
export interface ThresholdSet {
  withTarget: Bounds;
  withoutTarget: Bounds;
}

/** The sets by name; the first is the default. */
export const THRESHOLDS = {
  statcan: {
    withTarget: { onTrack: 0.95, acceleration: 0.6, limited: 0 },
    withoutTarget: { onTrack: 0.015, acceleration: 0.005, limited: 0 },
  },
  eurostat: {
    withTarget: { onTrack: 0.95, acceleration: 0.6, limited: 0 },
    withoutTarget: { onTrack: 0.01, acceleration: 0, limited: -0.01 },
  },
} as const satisfies Record<string, ThresholdSet>;

/** A threshold set's name. */
export type ThresholdName = keyof typeof THRESHOLDS;

/** The names, the default first. */
export const THRESHOLD_NAMES = Object.keys(THRESHOLDS) as [ThresholdName, ...ThresholdName[]];
