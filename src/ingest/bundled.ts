// Where the bundled framework, demo data and geography live.

import { fileURLToPath } from 'node:url';

const root = (relative: string): string =>
  fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** Paths of the files gapscope ships with. */
export const BUNDLED = {
  framework: root('data/frameworks/zhejiang-default.yaml'),
  demoData: root('data/demo/zhejiang-demo.csv'),
  geography: root('data/geography/zhejiang/'),
  departments: root('data/work/departments.csv'),
  demoWorkItems: root('data/demo/work-items.csv'),
  demoWorkProgress: root('data/demo/work-progress.csv'),
} as const;
