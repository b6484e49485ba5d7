// The demo data marker: how the bundled demo data's rows are told apart from real figures.

/**
 * The `source` of every generated row of the bundled demo data (data/demo/README.md). The one
 * rule for the demo flag (store/live-inputs.ts applies it): data read as of a moment are demo
 * data when a row with this source was recorded at or before that moment; data read now, when
 * the store holds any such row.
 */
export const DEMO_SOURCE = 'synthetic (demo)';
