// A data file read for an import: parsed by its name's extension (XLSX, else CSV), its
// observations read and checked, identified by the SHA-256 of its bytes.

import { createHash } from 'node:crypto';
import type { ObservationFile } from '../core/data/table.ts';
import { readObservations, type ReadDataOptions } from './data.ts';
import { parseCsv, parseXlsx, type Table } from './table.ts';

/** The SHA-256 of a file's bytes as 64 hex digits: an import's identity. */
export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Parses a data file by its name's extension: .xlsx, any other name as CSV. */
export async function parseDataFile(fileName: string, bytes: Uint8Array): Promise<Table> {
  return /\.xlsx$/i.test(fileName) ? parseXlsx(bytes, fileName) : parseCsv(bytes, fileName);
}

/**
 * Reads a data file's observations for the store to import, with every problem found in them
 * (the store adds the ones it finds against what it holds); throws when the file cannot be read
 * as a table at all. `hash` saves hashing the bytes again when the caller has it.
 */
export async function readObservationFile(
  fileName: string,
  bytes: Uint8Array,
  opts: ReadDataOptions,
  hash: string = fileHash(bytes),
): Promise<ObservationFile> {
  const table = await parseDataFile(fileName, bytes);
  const { observations, problems } = readObservations(table, opts);
  return { name: fileName, hash, encoding: table.encoding ?? null, observations, problems };
}
