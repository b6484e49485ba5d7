// What makes a result reproducible: the framework, the config, the software version and a hash of
// the inputs, all in one record with a hash of its own.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Dataset } from './data/dataset.ts';
import type { Framework } from './framework/schema.ts';
import type { PipelineConfig } from './pipeline/config.ts';
import { SOFTWARE } from './version.ts';

/** An incremental SHA-256. The default is pure JS (browser too); the server may pass Node's. */
export interface Hasher {
  update(data: Uint8Array): Hasher;
  digest(): Uint8Array;
}
export type HasherFactory = () => Hasher;

const nobleHasher: HasherFactory = () => {
  const h = sha256.create();
  const wrap: Hasher = {
    update: (d) => {
      h.update(d);
      return wrap;
    },
    digest: () => h.digest(),
  };
  return wrap;
};

/** JSON with object keys sorted at every depth, so equal values give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        ),
      );
    }
    return v;
  });
}

/** The record every evaluation carries. */
export interface Provenance {
  software: { name: string; version: string };
  framework: { id: string; version: string };
  config: PipelineConfig;
  /** The moment the data stood as, when it came from the store. */
  asOf: string | null;
  /** SHA-256 of the framework and the data (names, periods, attributes and every value's bytes). */
  inputsHash: string;
  /** SHA-256 of this record without the field itself: one number to cite for a published figure. */
  hash: string;
}

/** Hashes the inputs of an evaluation. */
export function hashInputs(
  framework: Framework,
  data: Dataset,
  factory: HasherFactory = nobleHasher,
): string {
  const h = factory();
  h.update(utf8ToBytes(canonicalJson(framework)));
  // Arrays keep their order, so plain JSON is canonical for them (and much faster at 500,000 units).
  h.update(utf8ToBytes(JSON.stringify([data.units, data.series, data.periods])));
  for (const name of Object.keys(data.attrs).sort())
    h.update(utf8ToBytes(JSON.stringify([name, data.attrs[name]])));
  for (const period of data.values) {
    for (const col of period) h.update(new Uint8Array(col.buffer, col.byteOffset, col.byteLength));
  }
  return bytesToHex(h.digest());
}

/** Builds the provenance record of an evaluation. */
export function provenance(
  framework: Framework,
  data: Dataset,
  config: PipelineConfig,
  asOf: string | null = null,
  factory: HasherFactory = nobleHasher,
): Provenance {
  const inputsHash = hashInputs(framework, data, factory);
  const body = {
    software: { ...SOFTWARE },
    framework: { id: framework.id, version: framework.version },
    config,
    asOf,
    inputsHash,
  };
  const hash = bytesToHex(
    factory()
      .update(utf8ToBytes(canonicalJson(body)))
      .digest(),
  );
  return { ...body, hash };
}
