// Store time: ISO 8601 UTC with milliseconds, the same text in both back ends.

import { nowIso } from '../core/clock.ts';

/** Now, as the store records it. */
export function now(): string {
  return nowIso();
}

/**
 * Reads a user's "as of" moment: a date (2025-10-31 → the end of that day, UTC) or an ISO time;
 * null when it is not one.
 */
export function parseMoment(text: string): string | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const d = new Date(`${t}T23:59:59.999Z`);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(t)) return null;
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
