// The bundled files read for a new store: the geography, the default framework, the departments
// and, when asked for, the demo data (read and checked against that geography and framework) and
// the demo work items with their progress reports.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ObservationFile, Table } from '../core/data/table.ts';
import type { Framework } from '../core/framework/schema.ts';
import { frameworkSeries } from '../core/framework/series.ts';
import type { Geography } from '../core/geography/units.ts';
import type { Department } from '../core/tasks/types.ts';
import { BUNDLED } from './bundled.ts';
import { readObservationFile } from './data-file.ts';
import { loadDepartments } from './departments.ts';
import { loadFramework } from './framework-file.ts';
import { loadGeography } from './geography.ts';
import { parseCsv } from './table.ts';
import { decodeText } from './text.ts';
import { parseListFile } from './work-list.ts';

/** The bundled files as a new store takes them (the store's `StoreBundle`). */
export interface Bundle {
  geography: Geography;
  framework: Framework;
  departments: Department[];
  demo?: { data: ObservationFile; work: { items: Table; progress: Table } };
}

/** Reads the bundled files; the demo data and work too unless `demo: false`. */
export async function readBundle(opts: { demo?: boolean } = {}): Promise<Bundle> {
  const geography = loadGeography();
  const { framework } = await loadFramework(BUNDLED.framework);
  const departments = await loadDepartments(BUNDLED.departments);
  if (opts.demo === false) return { geography, framework, departments };
  const data = await readObservationFile(
    basename(BUNDLED.demoData),
    await readFile(BUNDLED.demoData),
    {
      series: frameworkSeries(framework),
      knownUnits: new Set(geography.units.map((u) => u.code)),
    },
  );
  const items = await parseListFile(
    basename(BUNDLED.demoWorkItems),
    await readFile(BUNDLED.demoWorkItems),
  );
  const progress = parseCsv(
    decodeText(await readFile(BUNDLED.demoWorkProgress)),
    basename(BUNDLED.demoWorkProgress),
  );
  return { geography, framework, departments, demo: { data, work: { items, progress } } };
}
