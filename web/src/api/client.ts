// The dashboard's only way to the server: `api()` sends the session cookie, the CSRF token on
// every write and the page's language, and turns an error answer into an ApiError;
// `useApiQuery` and `useApiPost` are TanStack Query wrappers over it.

import {
  keepPreviousData,
  useQuery,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { noteDemo } from './demo.ts';
import { takeEarly } from './early.ts';

/** An error answer of the API ({error: {code, message, detail, field, details}}), or a network failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail = '',
    readonly field: string | null = null,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let language = 'zh-CN';

/** The session's CSRF token, sent as X-CSRF-Token on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The language error messages come back in. */
export function setApiLang(lang: string): void {
  language = lang;
}

/** Options of one call. */
export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON (FormData as it is). */
  body?: unknown;
  signal?: AbortSignal;
}

/** Reads an error body into an ApiError (a body that is not the API's error shape still gives one). */
async function errorOf(res: Response): Promise<ApiError> {
  try {
    const j = (await res.json()) as {
      error?: {
        code?: string;
        message?: string;
        detail?: string;
        field?: string | null;
        details?: string[];
      };
    };
    const e = j.error ?? {};
    return new ApiError(
      res.status,
      e.code ?? `http.${res.status}`,
      e.message ?? res.statusText,
      e.detail ?? '',
      e.field ?? null,
      e.details ?? [],
    );
  } catch {
    return new ApiError(res.status, `http.${res.status}`, res.statusText || `HTTP ${res.status}`);
  }
}

/**
 * Calls the API at `path` (e.g. `/api/ranking?period=2024`) and returns the parsed JSON.
 * @example const ranking = await api<Ranking>('/api/ranking');
 */
export async function api<T>(path: string, opts: ApiOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': language,
  };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body: string | FormData | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    const pending = method === 'GET' ? takeEarly(path) : undefined;
    res = await (pending ??
      fetch(path, {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: opts.signal,
      }));
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', (e as Error).message);
  }
  if (!res.ok) throw await errorOf(res);
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return (await res.text()) as T;
  const data = (await res.json()) as T;
  if (data && typeof data === 'object' && 'demo' in data) {
    const d = (data as { demo: unknown }).demo;
    if (typeof d === 'boolean') noteDemo(d);
  }
  return data;
}

/** The key and function of a GET query (for useQueries; the same cache as useApiQuery). */
export function apiQuery<T>(path: string): {
  queryKey: unknown[];
  queryFn: (ctx: { signal: AbortSignal }) => Promise<T>;
} {
  return { queryKey: ['api', path], queryFn: ({ signal }) => api<T>(path, { signal }) };
}

type QueryOpts<T> = Omit<UseQueryOptions<T, ApiError>, 'queryKey' | 'queryFn'>;

/** A GET as a TanStack query keyed by its path; a null path waits (disabled). */
export function useApiQuery<T>(
  path: string | null,
  opts: QueryOpts<T> = {},
): UseQueryResult<T, ApiError> {
  return useQuery<T, ApiError>({
    ...opts,
    queryKey: ['api', path],
    queryFn: ({ signal }) => api<T>(path!, { signal }),
    enabled: path !== null && opts.enabled !== false,
  });
}

/**
 * A POST that computes without storing (what-if, uncertainty) as a query keyed by its body, so
 * the same question is asked once; while a new answer comes the previous one stays on screen.
 */
export function useApiPost<T>(
  path: string,
  body: unknown,
  opts: QueryOpts<T> = {},
): UseQueryResult<T, ApiError> {
  return useQuery<T, ApiError>({
    placeholderData: keepPreviousData,
    ...opts,
    queryKey: ['api', 'POST', path, body],
    queryFn: ({ signal }) => api<T>(path, { method: 'POST', body, signal }),
  });
}
