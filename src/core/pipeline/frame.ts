// What the pipeline steps pass along: per period, one column per indicator over the evaluated units.

/** One period's indicator columns at one stage. Columns a step leaves alone are shared, not copied. */
export interface Frame {
  period: string;
  /** cols[j][u]: indicator j, unit u; NaN where missing. */
  cols: Float64Array[];
}

/** Per period, which units take part (1) and which were screened out (0). */
export type ActiveMask = Uint8Array;
