// The `gapscope` command: one switch over subcommands.

import { GapscopeError } from '../core/errors.ts';
import { SOFTWARE } from '../core/version.ts';
import { EVALUATE_HELP, runEvaluate } from './commands/evaluate.ts';

const HELP = `gapscope ${SOFTWARE.version} — measure and narrow the three gaps

usage: gapscope <command> [options]

commands:
  evaluate   score units on a composite index (gapscope evaluate --help)
  demo       evaluate the bundled framework on the bundled demo data
  version    print the version
  help       this text
`;

/** Runs the CLI with the given arguments; returns the exit code. */
export async function main(
  argv: string[],
  io = {
    stdout: (s: string) => void process.stdout.write(s),
    stderr: (s: string) => void process.stderr.write(s),
  },
): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'evaluate':
        await runEvaluate(rest, io);
        return 0;
      case 'demo':
        await runEvaluate(rest, io);
        return 0;
      case 'version':
      case '--version':
        io.stdout(`${SOFTWARE.version}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(command === undefined ? HELP : rest[0] === 'evaluate' ? EVALUATE_HELP : HELP);
        return command === undefined ? 2 : 0;
      default:
        io.stderr(`gapscope: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (e) {
    if (e instanceof GapscopeError) {
      io.stderr(`gapscope: error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
