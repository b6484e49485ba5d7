// The `gapscope` command: a table of subcommands, each in its own file under commands/.

import { GapscopeError } from '../core/errors.ts';
import { SOFTWARE } from '../core/version.ts';
import { BRIEF_HELP, runBrief } from './commands/brief.ts';
import { EVALUATE_HELP, runEvaluate } from './commands/evaluate.ts';
import { CONVERGENCE_HELP, runConvergence } from './commands/convergence.ts';
import { GAPS_HELP, runGaps } from './commands/gaps.ts';
import { INEQUALITY_HELP, runInequality } from './commands/inequality.ts';
import { EXPORT_HELP, runExport } from './commands/export.ts';
import { HISTORY_HELP, runHistory } from './commands/history.ts';
import { IMPORT_HELP, runImport } from './commands/import.ts';
import { INIT_HELP, runInit } from './commands/init.ts';
import { ITEMS_HELP, runItems } from './commands/items.ts';
import { PROGRESS_HELP, runProgress } from './commands/progress.ts';
import { REPORT_HELP, runReport } from './commands/report.ts';
import { runServe, SERVE_HELP } from './commands/serve.ts';
import { runTemplate, TEMPLATE_HELP } from './commands/template.ts';
import { runUser, USER_HELP } from './commands/user.ts';
import { runSensitivity, SENSITIVITY_HELP } from './commands/sensitivity.ts';
import { runUncertainty, UNCERTAINTY_HELP } from './commands/uncertainty.ts';
import { runWhatIf, WHATIF_HELP } from './commands/whatif.ts';
import { processIo, type CliIo } from './io.ts';

/** A subcommand: what it does in one line, its help text and how to run it. */
interface Command {
  summary: string;
  help: string;
  run: (argv: string[], io: CliIo) => Promise<void>;
}

const COMMANDS: Record<string, Command> = {
  init: {
    summary: 'create the store and load the bundled geography, framework and demo data',
    help: INIT_HELP,
    run: runInit,
  },
  import: {
    summary: 'bring a CSV or XLSX data file into the store, whole or not at all',
    help: IMPORT_HELP,
    run: runImport,
  },
  export: {
    summary: 'observations, revision history or results as CSV or XLSX',
    help: EXPORT_HELP,
    run: runExport,
  },
  template: { summary: 'the data-import template (XLSX)', help: TEMPLATE_HELP, run: runTemplate },
  serve: { summary: 'serve the HTTP API on the store', help: SERVE_HELP, run: runServe },
  user: {
    summary: 'accounts: add, list, disable, enable, reset-password',
    help: USER_HELP,
    run: runUser,
  },
  history: { summary: 'every revision of one figure', help: HISTORY_HELP, run: runHistory },
  items: {
    summary: 'the task force’s work items: list, show, import, export (status derived)',
    help: ITEMS_HELP,
    run: runItems,
  },
  progress: {
    summary: 'report a month’s progress on a work item',
    help: PROGRESS_HELP,
    run: runProgress,
  },
  evaluate: {
    summary: 'score units on a composite index, from the store or from files',
    help: EVALUATE_HELP,
    run: runEvaluate,
  },
  demo: {
    summary: 'evaluate the bundled framework on the bundled demo data (no store needed)',
    help: EVALUATE_HELP,
    run: (argv, io) => runEvaluate(argv, io, { files: true }),
  },
  uncertainty: {
    summary: "each unit's rank interval by Monte Carlo over the method choices",
    help: UNCERTAINTY_HELP,
    run: runUncertainty,
  },
  sensitivity: {
    summary: 'first-order and total Sobol indices of each method choice on the ranks',
    help: SENSITIVITY_HELP,
    run: runSensitivity,
  },
  whatif: {
    summary: 'change raw values: new score, rank and tier; what lifts a unit one rank or tier',
    help: WHATIF_HELP,
    run: runWhatIf,
  },
  gaps: {
    summary: 'the three gaps of one period: urban–rural, regional, income',
    help: GAPS_HELP,
    run: runGaps,
  },
  brief: {
    summary: 'the monthly brief for the task-force meeting (PDF, XLSX annex)',
    help: BRIEF_HELP,
    run: runBrief,
  },
  report: { summary: 'the county report of one unit (PDF)', help: REPORT_HELP, run: runReport },
  inequality: {
    summary: 'Gini, Theil (decomposed), CV, S80/S20, Palma of a column of a file',
    help: INEQUALITY_HELP,
    run: runInequality,
  },
  convergence: {
    summary: 'σ- and β-convergence of units over periods, from a file',
    help: CONVERGENCE_HELP,
    run: runConvergence,
  },
};

const HELP = `gapscope ${SOFTWARE.version} — measure and narrow the three gaps

usage: gapscope <command> [options]     gapscope <command> --help

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`)
  .join('\n')}
  version     print the version
`;

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'version' || command === '--version') {
      io.stdout(`${SOFTWARE.version}\n`);
      return 0;
    }
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      const topic = command === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
      io.stdout(topic ? topic.help : HELP);
      return command === undefined ? 2 : 0;
    }
    const cmd = COMMANDS[command];
    if (!cmd) {
      io.stderr(`gapscope: unknown command "${command}"\n\n${HELP}`);
      return 2;
    }
    await cmd.run(rest, io);
    return 0;
  } catch (e) {
    if (e instanceof GapscopeError) {
      io.stderr(`gapscope: error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`gapscope: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
