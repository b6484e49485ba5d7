// Errors as the API answers them: a status, a stable code, a message in the caller's language,
// the field at fault, and the details (e.g. every bad row of a file).

import type { Context } from 'hono';
import { GapscopeError } from '../core/errors.ts';
import { catalogs, type Lang } from '../i18n/index.ts';
import type { zhCN } from '../i18n/zh-CN.ts';
import type { AppEnv } from './env.ts';

type ErrorKey = keyof typeof zhCN.errors;

/** An error the API turns into a JSON response with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503 | 504,
    readonly code: string,
    readonly detail = '',
    readonly field: string | null = null,
    readonly details: readonly string[] = [],
    /** Seconds after which trying again may succeed: the `Retry-After` header of a 429 or 503. */
    readonly retryAfter: number | null = null,
  ) {
    super(detail || code);
  }
}

/** The JSON body of an error. */
export interface ProblemBody {
  error: { code: string; message: string; detail: string; field: string | null; details: string[] };
}

/** The catalog message for a code: the code itself, its family (`data.*` → `data.invalid`), or the default. */
export function messageFor(code: string, lang: Lang): string {
  const errors = catalogs[lang].errors as Record<ErrorKey, string>;
  if (code in errors) return errors[code as ErrorKey];
  const family = `${code.split('.')[0]}.invalid`;
  if (family in errors) return errors[family as ErrorKey];
  return errors.default;
}

const STATUS_BY_CODE: [RegExp, ApiError['status']][] = [
  [/^data\.|^framework\.invalid|^table\.|^period\.|^file\./, 422],
  [/^framework\.published|^user\.exists|^item\.(conflict|exists)/, 409],
  [/^user\.none|^evaluation\.none|^framework\.none|^item\.none/, 404],
  [/^item\.|^progress\./, 422],
  [/^auth\.wrong-password/, 400],
  [
    /^user\.(weak-password|name|role|scope|same-password|department)|^weights\.|^normalise\.|^aggregate\.|^impute\.|^evaluate\./,
    422,
  ],
];

/** Turns any thrown error into an ApiError (unknown ones become 500 without their text). */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof GapscopeError) {
    const status = STATUS_BY_CODE.find(([re]) => re.test(e.code))?.[1] ?? 400;
    const field = e.location.path ?? e.location.column ?? null;
    return new ApiError(status, e.code, e.message, field, [...e.details]);
  }
  return new ApiError(500, 'internal');
}

/** Sends an error response. */
export function problem(c: Context<AppEnv>, e: ApiError): Response {
  const body: ProblemBody = {
    error: {
      code: e.code,
      message: messageFor(e.code, c.get('lang') ?? 'zh-CN'),
      detail: e.detail,
      field: e.field,
      details: [...e.details],
    },
  };
  if (e.retryAfter !== null) c.header('retry-after', String(e.retryAfter));
  return c.json(body, e.status);
}
