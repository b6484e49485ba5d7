// The one error type every layer throws for bad input: a code, a message and where it happened.

/** Where a problem was found: a file and a row, column or path inside it. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  path?: string;
  line?: number;
}

/** An error a user can act on: `code` is stable for programs, `message` says what and where. */
export class GapscopeError extends Error {
  readonly code: string;
  readonly location: ErrorLocation;
  readonly details: readonly string[];

  constructor(code: string, message: string, location: ErrorLocation = {}, details: string[] = []) {
    super(formatLocation(location) + message);
    this.name = 'GapscopeError';
    this.code = code;
    this.location = location;
    this.details = details;
  }
}

/** "file:line: path: " style prefix; empty when nothing is known. */
export function formatLocation(loc: ErrorLocation): string {
  const parts: string[] = [];
  if (loc.file) parts.push(loc.line ? `${loc.file}:${loc.line}` : loc.file);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column) parts.push(`column ${loc.column}`);
  if (loc.path) parts.push(loc.path);
  return parts.length ? parts.join(', ') + ': ' : '';
}
