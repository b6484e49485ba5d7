// A file uploaded to the API: the multipart body it comes in, its name made safe, its size checked.

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

/** The multipart upload's file, checked. */
export async function uploadedFile(
  c: Context<AppEnv>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const body = await c.req.parseBody().catch(() => {
    throw new ApiError(
      422,
      'request.invalid',
      'expected multipart/form-data with a "file" field',
      'file',
    );
  });
  const file = body.file;
  if (!(file instanceof File))
    throw new ApiError(422, 'request.invalid', 'expected a "file" field with the file', 'file');
  if (file.size > c.get('options').maxUpload)
    throw new ApiError(
      413,
      'request.too-large',
      `the file is larger than ${c.get('options').maxUpload} bytes`,
      'file',
    );
  return { name: safeFileName(file.name), bytes: new Uint8Array(await file.arrayBuffer()) };
}
