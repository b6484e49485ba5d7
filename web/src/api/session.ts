// The signed-in user: read once (GET /api/session; 401 means nobody), signing in and out, and
// changing a one-time password. The CSRF token of the session is handed to the client.

import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, ApiError, setCsrfToken } from './client.ts';
import type { CurrentSession, Session, User } from '@gapscope/api/index.ts';

const KEY = ['session'];

/** The session, or null when nobody is signed in. */
export async function fetchSession(): Promise<CurrentSession | null> {
  try {
    const s = await api<CurrentSession>('/api/session');
    setCsrfToken(s.csrfToken);
    return s;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

/** The signed-in user (null: nobody; undefined: not known yet). */
export function useSession(): { user: User | null | undefined; loading: boolean } {
  const q = useQuery({ queryKey: KEY, queryFn: fetchSession, staleTime: 60_000, retry: false });
  return { user: q.isPending ? undefined : (q.data?.user ?? null), loading: q.isPending };
}

/** Signs in; the session's queries are refreshed. */
export async function signIn(qc: QueryClient, name: string, password: string): Promise<User> {
  const s = await api<Session>('/api/session', { method: 'POST', body: { name, password } });
  setCsrfToken(s.csrfToken);
  qc.setQueryData(KEY, s);
  await qc.invalidateQueries({ queryKey: ['api'] });
  return s.user;
}

/** Changes one's own password, then reads the session again (the one-time flag is gone). */
export async function changePassword(
  qc: QueryClient,
  current: string,
  password: string,
): Promise<void> {
  await api('/api/session/password', { method: 'POST', body: { current, password } });
  await qc.invalidateQueries({ queryKey: KEY });
  await qc.invalidateQueries({ queryKey: ['api'] });
}

/** Signs out and forgets every answer read as that user. */
export async function signOut(qc: QueryClient): Promise<void> {
  try {
    await api('/api/session', { method: 'DELETE' });
  } finally {
    setCsrfToken(null);
    qc.setQueryData(KEY, null);
    qc.removeQueries({ queryKey: ['api'] });
  }
}
