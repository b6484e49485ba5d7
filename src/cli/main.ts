// The `gapscope` command: a table of subcommands, each in its own file under commands/, loaded
// when it runs.

import { GapscopeError } from '../core/errors.ts';
import { SOFTWARE } from '../core/version.ts';
import { processIo, type CliIo } from './io.ts';

/** What a command's module gives: its help text and how to run it. */
interface Loaded {
  help: string;
  run: (argv: string[], io: CliIo) => Promise<void>;
}

/**
 * A subcommand: what it does in one line, and how to load its module. Modules are imported only
 * when their command runs or its help is asked, so `gapscope --help` loads none of them and a
 * command loads only the packages it uses (no PDF, XLSX or HTTP libraries for `evaluate`).
 */
interface Command {
  summary: string;
  load: () => Promise<Loaded>;
}

const COMMANDS: Record<string, Command> = {
  init: {
    summary: 'create the store and load the bundled geography, framework and demo data',
    load: () => import('./commands/init.ts').then((m) => ({ help: m.INIT_HELP, run: m.runInit })),
  },
  import: {
    summary: 'bring a CSV or XLSX data file into the store, whole or not at all',
    load: () =>
      import('./commands/import.ts').then((m) => ({ help: m.IMPORT_HELP, run: m.runImport })),
  },
  export: {
    summary: 'observations, revision history or results as CSV or XLSX',
    load: () =>
      import('./commands/export.ts').then((m) => ({ help: m.EXPORT_HELP, run: m.runExport })),
  },
  template: {
    summary: 'the data-import template (XLSX)',
    load: () =>
      import('./commands/template.ts').then((m) => ({ help: m.TEMPLATE_HELP, run: m.runTemplate })),
  },
  serve: {
    summary: 'serve the HTTP API on the store',
    load: () =>
      import('./commands/serve.ts').then((m) => ({ help: m.SERVE_HELP, run: m.runServe })),
  },
  user: {
    summary: 'accounts: add, list, disable, enable, reset-password',
    load: () => import('./commands/user.ts').then((m) => ({ help: m.USER_HELP, run: m.runUser })),
  },
  history: {
    summary: 'every revision of one figure',
    load: () =>
      import('./commands/history.ts').then((m) => ({ help: m.HISTORY_HELP, run: m.runHistory })),
  },
  items: {
    summary: 'the task force’s work items: list, show, import, export (status derived)',
    load: () =>
      import('./commands/items.ts').then((m) => ({ help: m.ITEMS_HELP, run: m.runItems })),
  },
  progress: {
    summary: 'report a month’s progress on a work item',
    load: () =>
      import('./commands/progress.ts').then((m) => ({ help: m.PROGRESS_HELP, run: m.runProgress })),
  },
  evaluate: {
    summary: 'score units on a composite index, from the store or from files',
    load: () =>
      import('./commands/evaluate.ts').then((m) => ({ help: m.EVALUATE_HELP, run: m.runEvaluate })),
  },
  demo: {
    summary: 'evaluate the bundled framework on the bundled demo data (no store needed)',
    load: () =>
      import('./commands/evaluate.ts').then((m) => ({
        help: m.EVALUATE_HELP,
        run: (argv, io) => m.runEvaluate(argv, io, { files: true }),
      })),
  },
  uncertainty: {
    summary: "each unit's rank interval by Monte Carlo over the method choices",
    load: () =>
      import('./commands/uncertainty.ts').then((m) => ({
        help: m.UNCERTAINTY_HELP,
        run: m.runUncertainty,
      })),
  },
  sensitivity: {
    summary: 'first-order and total Sobol indices of each method choice on the ranks',
    load: () =>
      import('./commands/sensitivity.ts').then((m) => ({
        help: m.SENSITIVITY_HELP,
        run: m.runSensitivity,
      })),
  },
  whatif: {
    summary: 'change raw values: new score, rank and tier; what lifts a unit one rank or tier',
    load: () =>
      import('./commands/whatif.ts').then((m) => ({ help: m.WHATIF_HELP, run: m.runWhatIf })),
  },
  gaps: {
    summary: 'the three gaps of one period: urban–rural, regional, income',
    load: () => import('./commands/gaps.ts').then((m) => ({ help: m.GAPS_HELP, run: m.runGaps })),
  },
  targets: {
    summary: 'will the targets be met: progress flags and forecasts to the target year',
    load: () =>
      import('./commands/targets.ts').then((m) => ({ help: m.TARGETS_HELP, run: m.runTargets })),
  },
  brief: {
    summary: 'the monthly brief for the task-force meeting (PDF, XLSX annex)',
    load: () =>
      import('./commands/brief.ts').then((m) => ({ help: m.BRIEF_HELP, run: m.runBrief })),
  },
  report: {
    summary: 'the county report of one unit (PDF)',
    load: () =>
      import('./commands/report.ts').then((m) => ({ help: m.REPORT_HELP, run: m.runReport })),
  },
  inequality: {
    summary: 'Gini, Theil (decomposed), CV, S80/S20, Palma of a column of a file',
    load: () =>
      import('./commands/inequality.ts').then((m) => ({
        help: m.INEQUALITY_HELP,
        run: m.runInequality,
      })),
  },
  convergence: {
    summary: 'σ- and β-convergence of units over periods, from a file',
    load: () =>
      import('./commands/convergence.ts').then((m) => ({
        help: m.CONVERGENCE_HELP,
        run: m.runConvergence,
      })),
  },
};

/** The command of that name; not whatever an object inherits (`gapscope constructor`). */
function commandNamed(name: string): Command | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

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
      const topic = command === 'help' && rest[0] ? commandNamed(rest[0]) : undefined;
      io.stdout(topic ? (await topic.load()).help : HELP);
      return command === undefined ? 2 : 0;
    }
    const cmd = commandNamed(command);
    if (!cmd) {
      io.stderr(`gapscope: unknown command "${command}"\n\n${HELP}`);
      return 2;
    }
    await (await cmd.load()).run(rest, io);
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
