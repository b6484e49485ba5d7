// A data file into the store, as the worker's import task and `gapscope import` both do it: a
// file imported before is reported without being read; otherwise ingest reads and checks its rows
// and the store checks them against what it holds and writes them whole, or nothing.

import { frameworkSeries } from '../core/framework/series.ts';
import { fileHash, readObservationFile } from '../ingest/data-file.ts';
import type { Store } from '../store/connect.ts';
import { storedUnits } from '../store/geography.ts';
import {
  importedBefore,
  importObservations,
  type ImportOptions,
  type ImportReport,
} from '../store/import.ts';

/** A file to import: its name and bytes, and the store's options but the file read. */
export interface ImportFileOptions extends Omit<ImportOptions, 'file'> {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads, checks and (unless a dry run) writes one data file; throws with every problem. */
export async function importFile(db: Store['db'], o: ImportFileOptions): Promise<ImportReport> {
  const { fileName, bytes, ...options } = o;
  const hash = fileHash(bytes);
  const earlier = await importedBefore(db, fileName, hash);
  if (earlier) return earlier;
  o.onProgress?.(`checking ${fileName}…`);
  const knownUnits = new Set((await storedUnits(db)).map((u) => u.code));
  const file = await readObservationFile(
    fileName,
    bytes,
    { series: frameworkSeries(o.framework), knownUnits },
    hash,
  );
  return importObservations(db, { ...options, file });
}
