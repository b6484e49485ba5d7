// `gapscope init`: create a store and load the bundled geography, framework and demo data.

import { parseArgs } from 'node:util';
import { readBundle } from '../../ingest/bundle.ts';
import { defaultStoreUrl, openStore } from '../../store/connect.ts';
import { initStore } from '../../store/init.ts';
import { ensureFirstAdmin } from '../../store/users.ts';
import { withStore } from '../store.ts';
import type { CliIo } from '../io.ts';

export const INIT_HELP = `gapscope init — create the store and load the bundled data

  --db URL       a SQLite file (default ./gapscope.db, or DATABASE_URL) or postgres://…
  --no-demo      load the geography and framework only, not the demo data
`;

export async function runInit(argv: string[], io: CliIo): Promise<void> {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'no-demo': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (v.help) return io.stdout(INIT_HELP);
  const store = await openStore(v.db ?? defaultStoreUrl());
  await withStore(store, async (s) => {
    const r = await initStore(s.db, await readBundle({ demo: !v['no-demo'] }), {
      user: io.user,
    });
    io.stdout(
      `store ready: ${s.location} (${s.dialect})\n  ${r.units} units, framework ${r.framework}\n`,
    );
    const password = await ensureFirstAdmin(s.db);
    if (password)
      io.stdout(
        `  administrator "admin" created; one-time password: ${password} (change it at first sign-in)\n`,
      );
    if (r.demo) {
      const d = r.demo;
      io.stdout(
        d.outcome === 'duplicate'
          ? `  demo data already loaded (import ${d.duplicateOf?.importId})\n`
          : `  demo data: ${d.added} observations (DEMO data: synthetic except rows that name a source)\n`,
      );
    }
    io.stdout(`  ${r.departments} task-force departments (an illustrative list)\n`);
    if (r.demoWork)
      io.stdout(
        `  demo work items: ${r.demoWork.items} items, ${r.demoWork.reports} progress reports (DEMO items; statuses as designed as of 2025-11-30)\n`,
      );
  });
}
