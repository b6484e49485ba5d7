// The shape every aggregation method shares.

/** Names for error messages. */
export interface AggregateContext {
  node: string;
  children: string[];
  units: string[];
}

/** Writes each unit's score for one node from its children's scores (columns) and weights. */
export type Aggregator = (
  cols: Float64Array[],
  w: Float64Array,
  out: Float64Array,
  ctx: AggregateContext,
) => void;
