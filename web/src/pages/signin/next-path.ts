// Where to go after signing in: the ?next= path if it stays on this site, else the overview.

/** A safe local path from `next` (no scheme, no `//host`, no backslashes), else '/'. */
export function nextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (next.startsWith('/signin')) return '/';
  return next;
}
