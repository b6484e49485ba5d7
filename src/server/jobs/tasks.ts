// The heavy work the server hands to its worker threads, by kind: each task takes plain data (what
// structured clone carries: no functions) and gives plain data back. A worker loads this module
// before it takes its first job, so that a job's time is its work; the report renderers (pdfmake,
// exceljs, ECharts) are loaded when a report is first asked for.

import type { ValueChange } from '../../core/diagnostics/whatif.ts';
import { whatIfReport, type WhatIfReport } from '../../core/diagnostics/whatif-report.ts';
import { finite } from '../../core/outputs/evaluation-json.ts';
import type { EvaluationInput } from '../../core/pipeline/evaluate.ts';
import {
  uncertainty,
  type Interval,
  type UncertaintyResult,
} from '../../core/uncertainty/montecarlo.ts';
import { sensitivity, type SensitivityResult } from '../../core/uncertainty/sobol.ts';
import { assessTargets, type TargetsInput } from '../../core/targets/assess.ts';
import type { TargetsResult } from '../../core/targets/result.ts';
import type { UncertaintySpec } from '../../core/uncertainty/spec.ts';
import { nodeHasher } from '../../node/hasher.ts';
import type { BriefData } from '../../reports/brief/model.ts';
import type { UnitReportData } from '../../reports/unit/model.ts';
import { getFramework } from '../../store/frameworks.ts';
import type { ImportReport } from '../../store/import.ts';
import { loadLiveInputs } from '../../store/live-inputs.ts';
import { importWorkItems, type ListImportReport } from '../../store/work-items.ts';
import { parseListFile } from '../../ingest/work-list.ts';
import type { Sensitivity, Uncertainty } from '../../api/levers.ts';
import { jsonText, type JsonText } from '../answer.ts';
import { importFile } from '../import-file.ts';
import { fileOf, type Upload } from '../upload.ts';
import type { TaskContext } from './serve-jobs.ts';

/** A file uploaded to import, its multipart body taken apart in the worker. */
interface UploadJob {
  upload: Upload;
  /** The largest file accepted, bytes (`ServerOptions.maxUpload`). */
  maxUpload: number;
  user: string;
  dryRun: boolean;
}

/** A data file to import (`POST /api/imports`). */
export interface ImportJob extends UploadJob {
  /** The region editor's unit; null: anywhere. */
  scope: string | null;
}

/** A work-item list file to import (`POST /api/items/import`). */
export type ListImportJob = UploadJob;

/** An analysis over the uncertain method choices, on an evaluation's input (without its hasher). */
interface AnalysisJob {
  input: EvaluationInput;
  spec: UncertaintySpec;
  period?: string;
  seed: number;
}

/** A Monte Carlo run (`POST /api/uncertainty`); `names` labels the units. */
export interface UncertaintyJob extends AnalysisJob {
  runs: number;
  names: Map<string, string>;
}

/** A Sobol analysis (`POST /api/sensitivity`). */
export interface SensitivityJob extends AnalysisJob {
  samples: number;
  bootstrap: number;
}

/** A what-if with its lift search (`POST /api/whatif`). */
export interface WhatIfJob {
  input: EvaluationInput;
  unit: string;
  changes: ValueChange[];
  period?: string;
  lifts: boolean;
}

/** An evaluation's input with this thread's hasher (a function, which no message carries). */
function hashed(input: EvaluationInput): EvaluationInput {
  return { ...input, hasher: nodeHasher };
}

/** One unit's nominal, median and 5–95 % values of an interval, as JSON. */
function at(iv: Interval, k: number): Record<'nominal' | 'median' | 'p5' | 'p95', number | null> {
  return {
    nominal: finite(iv.nominal[k]),
    median: finite(iv.median[k]),
    p5: finite(iv.p5[k]),
    p95: finite(iv.p95[k]),
  };
}

/** The answer of `POST /api/uncertainty`, as JSON text (text crosses threads without a walk). */
export function uncertaintyJson(
  r: UncertaintyResult,
  names: Map<string, string>,
): JsonText<Uncertainty> {
  return jsonText({
    period: r.period,
    runs: r.runs,
    seed: r.seed,
    choices: r.choiceNames,
    units: r.units.map((unit, k) => ({
      unit,
      name: names.get(unit) ?? unit,
      rank: at(r.rank, k),
      score: at(r.score, k),
    })),
  });
}

/** The answer of `POST /api/sensitivity`, as JSON text. */
export function sensitivityJson(r: SensitivityResult): JsonText<Sensitivity> {
  return jsonText({
    period: r.period,
    samples: r.samples,
    runs: r.runs,
    seed: r.seed,
    bootstrap: r.bootstrap,
    output: r.output,
    indices: r.indices,
  });
}

/** The tasks by kind. */
export const TASKS = {
  async import(job: ImportJob, ctx: TaskContext): Promise<ImportReport> {
    const file = await fileOf(job.upload, job.maxUpload);
    const { db } = await ctx.store();
    const { framework } = await getFramework(db);
    return importFile(db, {
      fileName: file.name,
      bytes: file.bytes,
      user: job.user,
      scope: job.scope,
      dryRun: job.dryRun,
      framework,
      // The new data's live inputs, read inside the transaction and handed to the request thread
      // before they show, so that no read there has to read them itself (seconds for a large
      // store). Should that fail, the import stands; a read reads them then.
      beforeCommit: async (trx) => {
        try {
          await ctx.ask(await loadLiveInputs(trx, { framework }));
        } catch {
          // Not needed for the import.
        }
      },
    });
  },

  async 'list-import'(job: ListImportJob, ctx: TaskContext): Promise<ListImportReport> {
    const file = await fileOf(job.upload, job.maxUpload);
    const table = await parseListFile(file.name, file.bytes);
    return importWorkItems((await ctx.store()).db, {
      table,
      user: job.user,
      dryRun: job.dryRun,
    });
  },

  async uncertainty(job: UncertaintyJob): Promise<JsonText<Uncertainty>> {
    const r = uncertainty(hashed(job.input), job.spec, {
      runs: job.runs,
      seed: job.seed,
      period: job.period,
    });
    return uncertaintyJson(r, job.names);
  },

  async sensitivity(job: SensitivityJob): Promise<JsonText<Sensitivity>> {
    const r = sensitivity(hashed(job.input), job.spec, {
      samples: job.samples,
      seed: job.seed,
      bootstrap: job.bootstrap,
      period: job.period,
    });
    return sensitivityJson(r);
  },

  async whatif(job: WhatIfJob): Promise<WhatIfReport> {
    return whatIfReport(hashed(job.input), job.unit, job.changes, {
      period: job.period,
      lifts: job.lifts,
    });
  },

  async targets(input: TargetsInput): Promise<TargetsResult> {
    return assessTargets(input);
  },

  async 'brief-pdf'(data: BriefData): Promise<Uint8Array> {
    const { briefPdf } = await import('../../reports/brief/pdf.ts');
    return briefPdf(data);
  },

  async 'brief-annex'(data: BriefData): Promise<Uint8Array> {
    const { briefAnnex } = await import('../../reports/brief/annex.ts');
    return briefAnnex(data);
  },

  async 'unit-pdf'(data: UnitReportData): Promise<Uint8Array> {
    const { unitPdf } = await import('../../reports/unit/pdf.ts');
    return unitPdf(data);
  },
};

/** The kinds of job. */
export type JobKind = keyof typeof TASKS;
/** What a kind of job takes. */
export type JobInput<K extends JobKind> = Parameters<(typeof TASKS)[K]>[0];
/** What a kind of job gives. */
export type JobOutput<K extends JobKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;
