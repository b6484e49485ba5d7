// Runs the gapscope command in-process, capturing what it prints and its exit code.

import { main } from '../../src/cli/main.ts';

/** The outcome of one command. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `gapscope …argv` as the user `user` (default "tester"). */
export async function runCli(argv: string[], user = 'tester'): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    user,
  });
  return { code, out, err };
}
