// The shape every normalisation shares.

/** What a normalisation may need besides the column. */
export interface NormaliseContext {
  /** The method's two parameters: [lo, hi] for minmax and rank, [mean, sd] for zscore. */
  params: [number, number];
  /** The indicator's fixed [L, U] for goalposts. */
  goalposts?: [number, number];
  /** The indicator's target for the period's year. */
  target?: number;
  /** The reference unit's value. */
  reference?: number;
  /** Min and max over every period, for minmax-pooled. */
  pooled?: { min: number; max: number };
}

/** Maps one indicator's values (active units only; others NaN) to the common scale, direction applied. */
export type Normaliser = (
  x: Float64Array,
  active: Uint8Array,
  direction: number,
  ctx: NormaliseContext,
) => Float64Array;

/** Applies f to each active, finite value; all else is NaN. */
export function mapActive(
  x: Float64Array,
  active: Uint8Array,
  f: (v: number) => number,
): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = active[i] && v === v ? f(v) : NaN;
  }
  return out;
}
