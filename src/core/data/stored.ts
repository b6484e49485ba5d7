// A value as the store keeps it: the observation with its provenance (revision, status, source,
// note, the import it came with and when), and the statuses a value may have. Shared by the store,
// which writes and reads them, and the exports and templates, which write them into files.

import type { Observation } from './dataset.ts';

/** The statuses of a value (the template's drop-down lists them). */
export const STATUSES = ['provisional', 'final', 'estimated'] as const;
export type ObservationStatus = (typeof STATUSES)[number];

/** A stored value with its provenance. */
export interface StoredObservation extends Observation {
  revision: number;
  status: string;
  source: string;
  note: string;
  importId: number;
  recordedAt: string;
}

/** One revision of a value, with the file and the user it came from. */
export type Revision = StoredObservation & { fileName: string; user: string };
