// The bundled DEMO work items: the files are what the seeded generator makes, every item says it
// is a demo, and the departments list is whole.

import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadDepartments } from '../../src/ingest/departments.ts';
import { BUNDLED } from '../../src/ingest/bundled.ts';
import { generateDemoWork, ITEMS_FILE, PROGRESS_FILE } from '../../scripts/demo-work/generate.ts';
import { DEMO_ITEMS } from '../../scripts/demo-work/items.ts';

describe('the demo work items', () => {
  it('are the generator’s output, byte for byte', () => {
    const { items, progress } = generateDemoWork();
    expect(readFileSync(ITEMS_FILE, 'utf8')).toBe(items);
    expect(readFileSync(PROGRESS_FILE, 'utf8')).toBe(progress);
  });

  it('say they are a demo, on every item and every report', () => {
    const items = parse(readFileSync(ITEMS_FILE, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(items).toHaveLength(DEMO_ITEMS.length);
    for (const row of items) expect(row['依据文件']).toMatch(/^DEMO 演示事项/);
    const reports = parse(readFileSync(PROGRESS_FILE, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(reports.length).toBeGreaterThan(300);
    for (const row of reports) expect(row.narrative).toMatch(/（演示）$/);
  });

  it('name 38 departments of five kinds, each once', async () => {
    const deps = await loadDepartments(BUNDLED.departments);
    expect(deps).toHaveLength(38);
    expect(new Set(deps.map((d) => d.id)).size).toBe(38);
    expect(new Set(deps.map((d) => d.name.zh)).size).toBe(38);
    const used = new Set(DEMO_ITEMS.flatMap((i) => [i.lead, ...(i.co ?? [])]));
    for (const d of used) expect(deps.map((x) => x.id), d).toContain(d);
  });
});
