// What a command may use of the outside world: output streams and who is running it.

import { userInfo } from 'node:os';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** The name recorded as the author of changes (GAPSCOPE_USER, else the login name). */
  user: string;
}

/** The process's own streams and user. */
export function processIo(): CliIo {
  let user = process.env.GAPSCOPE_USER ?? '';
  if (!user) {
    try {
      user = userInfo().username;
    } catch {
      user = 'cli';
    }
  }
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    user,
  };
}
