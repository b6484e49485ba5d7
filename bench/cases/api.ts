// The API under load on loopback: a `gapscope serve` process over a SQLite store, driven by
// autocannon from this process — the overview and the ranking (evaluation) calls at a fixed
// 500 requests/s and flat out, and the overview while imports are being written.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openStore } from '../../src/store/connect.ts';
import { initStore } from '../../src/store/init.ts';
import { readBundle } from '../../src/ingest/bundle.ts';
import { createApiToken } from '../../src/store/tokens.ts';
import { createUser } from '../../src/store/users.ts';
import { startServeProcess } from '../../test/helpers/serve-process.ts';
import { ms, type BenchRow } from '../harness.ts';

type Result = autocannon.Result;

function row(work: string, r: Result, target: string, pass: boolean | null): BenchRow {
  return {
    work,
    target,
    median: ms(r.latency.p50),
    detail: `p99 ${ms(r.latency.p99)}, ${Math.round(r.requests.average)} req/s over ${r.duration} s, ${r.connections} connections, ${r.non2xx} non-2xx, ${r.errors} errors`,
    pass,
  };
}

export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gapscope-load-'));
  const db = join(dir, 'load.db');
  const store = await openStore(db);
  await initStore(store.db, await readBundle());
  const { user } = await createUser(
    store.db,
    { name: 'bench', role: 'analyst', password: 'bench-password' },
    'bench',
  );
  const { token } = await createApiToken(store.db, user, 'load');
  await store.close();
  const server = await startServeProcess(db);
  const { base } = server;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const rows: BenchRow[] = [];
  try {
    const overview = { url: `${base}/api/overview?period=2024`, headers };
    const ranking = { url: `${base}/api/ranking?period=2024`, headers };
    await autocannon({ ...overview, connections: 10, duration: 3 }); // warm-up
    const o500 = await autocannon({ ...overview, connections: 20, duration: 15, overallRate: 500 });
    rows.push(
      row(
        'API overview at 500 requests/s (loopback)',
        o500,
        'p99 < 50 ms',
        o500.latency.p99 < 50 && o500.non2xx === 0,
      ),
    );
    const oMax = await autocannon({ ...overview, connections: 20, duration: 10 });
    rows.push(row('API overview, as fast as it goes', oMax, '—', null));
    await autocannon({ ...ranking, connections: 10, duration: 3 });
    const r500 = await autocannon({ ...ranking, connections: 20, duration: 15, overallRate: 500 });
    rows.push(
      row(
        'API ranking table (90 units) at 500 requests/s',
        r500,
        'p99 < 50 ms',
        r500.latency.p99 < 50 && r500.non2xx === 0,
      ),
    );
    // Mixed: the overview at 200 requests/s while a month's file is imported every second.
    let importing = true;
    let imports = 0;
    const writer = (async () => {
      let i = 0;
      while (importing) {
        const form = new FormData();
        const lines = ['unit,indicator,period,value'];
        for (const u of ['330102', '330105', '330106', '330108', '330109'])
          lines.push(`${u},C2,2040-${String((i % 12) + 1).padStart(2, '0')},${40 + (i % 7)}`);
        form.set(
          'file',
          new Blob([lines.join('\n') + `\n330110,C2,2041-01,${(i % 50) + 1}\n`]),
          `m-${i++}.csv`,
        );
        const res = await fetch(`${base}/api/imports`, {
          method: 'POST',
          headers: { authorization: headers.authorization },
          body: form,
        });
        if (res.ok) imports++;
        await new Promise((r) => setTimeout(r, 1000));
      }
    })();
    const mixed = await autocannon({
      ...overview,
      connections: 20,
      duration: 15,
      overallRate: 200,
    });
    importing = false;
    await writer;
    const r = row('API overview at 200 requests/s with an import every second', mixed, '—', null);
    r.detail += `; ${imports} imports written meanwhile (each makes the next overview recompute)`;
    rows.push(r);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
