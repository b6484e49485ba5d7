// Small helpers for reading command-line options.

import { GapscopeError } from '../core/errors.ts';

/** Splits "a,b" into two numbers, or fails naming the option. */
export function numberPair(option: string, text: string): [number, number] {
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 2 || parts.some((x) => !Number.isFinite(x))) {
    throw new GapscopeError(
      'cli.option',
      `--${option} takes two numbers separated by a comma (e.g. 0,100); got "${text}"`,
    );
  }
  return [parts[0]!, parts[1]!];
}

/** A number option, or fails naming it. */
export function numberOption(option: string, text: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v))
    throw new GapscopeError('cli.option', `--${option} takes a number; got "${text}"`);
  return v;
}

/** A choice among names, or fails listing them. */
export function choice<T extends string>(option: string, text: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(text)) {
    throw new GapscopeError(
      'cli.option',
      `--${option} must be one of ${allowed.join(', ')}; got "${text}"`,
    );
  }
  return text as T;
}
