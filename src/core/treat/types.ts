// What outlier treatment reports for one indicator in one period.

/** Cell flags: what happened to a value. */
export const CELL_FLAG = { winhi: 1, winlo: 2, log: 3, clipped: 4 } as const;
export const CELL_FLAG_NAME = ['', 'winhi', 'winlo', 'log', 'clipped'] as const;

/** The treatment of one indicator: its statistics before and after and the cells changed. */
export interface Treatment {
  /** none: passed as it was; winsorise, log (fallback), clip. */
  method: 'none' | 'winsorise' | 'log' | 'clip';
  n: number;
  skewBefore: number;
  kurtBefore: number;
  skewAfter: number;
  kurtAfter: number;
  /** True when the values entering the step already passed the skew/kurtosis check. */
  passedBefore: boolean;
  passedAfter: boolean;
  /** Number of distinct cells changed. */
  changed: number;
  /** Per unit: 0 unchanged, else a CELL_FLAG; null when nothing changed. */
  flags: Uint8Array | null;
}

/** The limits of treatment. */
export interface TreatOptions {
  maxCells: number;
  skew: number;
  kurtosis: number;
  clip: [number, number];
}

export type TreatMethod = (
  x: Float64Array,
  active: Uint8Array,
  opts: TreatOptions,
) => { values: Float64Array; report: Treatment };
