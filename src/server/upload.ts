// A file uploaded to the API: the multipart body it comes in (taken apart here or, for a large
// import, in a worker thread), its name made safe, its size checked.

import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { ApiError } from './problem.ts';

/** A file name safe to record and show: its last path segment, printable, at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((ch) => ch.charCodeAt(0) > 0x1f && ch.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  if (!clean || clean === '.' || clean === '..')
    throw new ApiError(422, 'request.invalid', 'the file has no usable name', 'file');
  if (!/\.(csv|xlsx)$/i.test(clean))
    throw new ApiError(422, 'request.invalid', 'the file must be .csv or .xlsx', 'file');
  return clean;
}

/** An upload as it came: the multipart body, not yet taken apart, and its content type. */
export interface Upload {
  body: Uint8Array;
  contentType: string;
}

const NOT_MULTIPART = 'expected multipart/form-data with a "file" field';

/**
 * The request's multipart body as bytes, its type checked, for a worker thread to take apart
 * (`fileOf`): taking 50 MiB apart holds a thread for a tenth of a second or more.
 */
export async function uploadedBody(c: Context<AppEnv>): Promise<Upload> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    throw new ApiError(422, 'request.invalid', NOT_MULTIPART, 'file');
  return { body: new Uint8Array(await c.req.arrayBuffer()), contentType };
}

/** The upload's "file" field, checked: its name made safe, its size at most `maxUpload` bytes. */
export async function fileOf(
  upload: Upload,
  maxUpload: number,
): Promise<{ name: string; bytes: Uint8Array }> {
  const headers = { 'content-type': upload.contentType };
  const form = await new Response(upload.body, { headers }).formData().catch(() => {
    throw new ApiError(422, 'request.invalid', NOT_MULTIPART, 'file');
  });
  const file = form.get('file');
  if (!(file instanceof File))
    throw new ApiError(422, 'request.invalid', 'expected a "file" field with the file', 'file');
  if (file.size > maxUpload)
    throw new ApiError(
      413,
      'request.too-large',
      `the file is larger than ${maxUpload} bytes`,
      'file',
    );
  return { name: safeFileName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}
