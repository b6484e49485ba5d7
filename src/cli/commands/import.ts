// `gapscope import FILE`: validate a data file in full, then write it whole or not at all.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { GapscopeError } from '../../core/errors.ts';
import { getFramework } from '../../store/frameworks.ts';
import { importFile } from '../../server/import-file.ts';
import type { CliIo } from '../io.ts';
import { openCliStore, withStore } from '../store.ts';

export const IMPORT_HELP = `gapscope import FILE — bring a CSV or XLSX data file into the store

  FILE           long (unit,indicator,period,value[,status,source,note,measure]) or wide layout;
                 UTF-8 (with or without BOM) or GB18030
  --db URL       the store (default ./gapscope.db, or DATABASE_URL)
  --dry-run      check and report, write nothing
  --scope CODE   refuse rows for units outside this unit (a city or county) and below
  --framework ID[@VERSION]  the framework to check against (default the newest published)

Every problem is reported with its row and column, and then nothing is written.
`;

export async function runImport(argv: string[], io: CliIo): Promise<void> {
  const { values: v, positionals } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string' },
      'dry-run': { type: 'boolean' },
      scope: { type: 'string' },
      framework: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (v.help) return io.stdout(IMPORT_HELP);
  if (positionals.length !== 1)
    throw new GapscopeError(
      'cli.option',
      `import takes one file; got ${positionals.length}\n\n${IMPORT_HELP}`,
    );
  const path = positionals[0]!;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    throw new GapscopeError('file.unreadable', `cannot read ${path}`, { file: basename(path) });
  }
  const store = await openCliStore(v.db, { init: false, stderr: io.stderr });
  await withStore(store, async (s) => {
    const [id, version] = (v.framework ?? '').split('@');
    const { framework } = await getFramework(s.db, id || undefined, version || undefined);
    const r = await importFile(s.db, {
      fileName: basename(path),
      bytes,
      user: io.user,
      framework,
      scope: v.scope ?? null,
      dryRun: v['dry-run'],
      onProgress: (m) => io.stderr(`${m}\n`),
    });
    if (r.outcome === 'duplicate') {
      io.stdout(
        `${r.fileName}: already imported (import ${r.duplicateOf!.importId}, ${r.duplicateOf!.at}, by ${r.duplicateOf!.user}); nothing changed\n`,
      );
      return;
    }
    const head =
      r.outcome === 'dry-run'
        ? `${r.fileName}: checked, nothing written (dry run)`
        : `${r.fileName}: imported as import ${r.importId}`;
    io.stdout(
      `${head}\n  ${r.rows} observations: ${r.added} new, ${r.revised} revised, ${r.unchanged} unchanged\n  framework ${framework.id}@${framework.version}; read as ${r.encoding ?? 'text'}; file SHA-256 ${r.fileHash}\n`,
    );
    for (const w of r.warnings.slice(0, 10)) io.stdout(`  warning: ${w}\n`);
    // The report lists the first warnings and counts the rest (store/import.ts).
    const more = r.warnings.length + r.moreWarnings - 10;
    if (more > 0) io.stdout(`  … and ${more} more warnings\n`);
  });
}
