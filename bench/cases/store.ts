// The store: importing 1 million observations from CSV into SQLite and PostgreSQL, and reading
// data back now and "as of" a past moment.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildTree } from '../../src/core/framework/tree.ts';
import { frameworkSeries } from '../../src/core/framework/series.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { getFramework } from '../../src/store/frameworks.ts';
import { importFile } from '../../src/server/import-file.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { datasetFromStore, readObservations } from '../../src/store/observations.ts';
import { startPgCluster } from '../../test/helpers/pg-cluster.ts';
import { median, ms, type BenchRow } from '../harness.ts';

/** A long CSV of ~1 M observations: 90 counties × 18 indicators × 620 months, inside plausible ranges. */
async function millionCsv(store: Store): Promise<{ bytes: Uint8Array; rows: number }> {
  const { framework } = await getFramework(store.db);
  const counties = (
    await store.db.selectFrom('units').select('code').where('level', '=', 'county').execute()
  ).map((u) => u.code);
  const inds = buildTree(framework).indicators;
  const lines = ['unit,indicator,period,value'];
  for (let m = 0; m < 620; m++) {
    const period = `${1950 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const u of counties) {
      for (const ind of inds) {
        const [lo, hi] = ind.plausible ?? [0, 100];
        lines.push(
          `${u},${ind.id},${period},${(lo + (hi - lo) * (0.25 + (0.5 * ((m * 7 + u.charCodeAt(5)) % 100)) / 100)).toFixed(3)}`,
        );
      }
    }
  }
  return { bytes: new TextEncoder().encode(lines.join('\n') + '\n'), rows: lines.length - 1 };
}

async function measure(label: string, store: Store): Promise<BenchRow[]> {
  await initStore(store.db, await readBundle({ demo: true }));
  const { framework } = await getFramework(store.db);
  const { bytes, rows } = await millionCsv(store);
  const t0 = performance.now();
  const r = await importFile(store.db, {
    fileName: 'million.csv',
    bytes,
    user: 'bench',
    framework,
  });
  const importMs = performance.now() - t0;
  const series = [...frameworkSeries(framework)];
  const asOf = new Date(Date.now() - 1).toISOString();
  const timesNow: number[] = [];
  const timesAsOf: number[] = [];
  const timesPeriod: number[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    await datasetFromStore(store.db, series);
    timesNow.push(performance.now() - t);
    t = performance.now();
    await datasetFromStore(store.db, series, { asOf });
    timesAsOf.push(performance.now() - t);
    t = performance.now();
    await readObservations(store.db, { periods: ['2000-01'], asOf });
    timesPeriod.push(performance.now() - t);
  }
  const total = r.added + 21500;
  return [
    {
      work: `import 1 M observations from CSV into ${label}`,
      target: label === 'SQLite' ? '< 10 s' : '—',
      median: ms(importMs),
      detail: `${rows.toLocaleString('en')} rows validated and written in one transaction (${Math.round(rows / (importMs / 1000)).toLocaleString('en')} rows/s)`,
      pass: label === 'SQLite' ? importMs < 10_000 : null,
    },
    {
      work: `${label}: read every current value (dataset for evaluation)`,
      target: '—',
      median: ms(median(timesNow)),
      detail: `${total.toLocaleString('en')} observations`,
      pass: null,
    },
    {
      work: `${label}: read every value as of a moment`,
      target: '—',
      median: ms(median(timesAsOf)),
      detail: 'newest revision at or before the moment, per key',
      pass: null,
    },
    {
      work: `${label}: one period as of a moment`,
      target: '—',
      median: ms(median(timesPeriod)),
      detail: '90 units × 18 indicators',
      pass: null,
    },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'gapscope-bench-'));
  const sqlite = await openStore(join(dir, 'bench.db'));
  try {
    rows.push(...(await measure('SQLite', sqlite)));
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const cluster = await startPgCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const store = await openStore(cluster.url.replace(/\/postgres$/, '/bench'));
    try {
      rows.push(...(await measure('PostgreSQL', store)));
    } finally {
      await store.close();
    }
  } finally {
    cluster.stop();
  }
  return rows;
}
