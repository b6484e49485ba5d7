// Writes the DEMO work items (data/demo/work-items.csv) and their monthly progress reports
// (data/demo/work-progress.csv). Deterministic (SEED in scripts/demo-work/generate.ts).
//
// Run: npx tsx scripts/make-demo-work-items.ts

import { writeFileSync } from 'node:fs';
import { generateDemoWork, ITEMS_FILE, PROGRESS_FILE } from './demo-work/generate.ts';
import { DEMO_ITEMS } from './demo-work/items.ts';

const { items, progress } = generateDemoWork();
writeFileSync(ITEMS_FILE, items);
writeFileSync(PROGRESS_FILE, progress);
console.log(
  `wrote ${DEMO_ITEMS.length} items to ${ITEMS_FILE} and ${progress.split('\n').length - 2} reports to ${PROGRESS_FILE}`,
);
