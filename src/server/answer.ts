// Answers other than `c.json(value)`: JSON kept as text (a cached evaluation's ranking, a Monte
// Carlo run) keeps the type of the value it was made from, so a route answering it is checked
// against its declared schema all the same; file bytes go out as they are.

import type { Context, TypedResponse } from 'hono';

/** The JSON text of a value of type T. */
export type JsonText<T> = string & { readonly __json?: T };

/** The value as JSON text that remembers its type. */
export function jsonText<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/**
 * A 200 answer of JSON text, typed as the value it was made from. Hono types `c.body()` as an
 * untyped body; the text is that value's JSON, so it is the typed JSON answer the route declares.
 */
export function sendJsonText<T>(c: Context, text: JsonText<T>): TypedResponse<T, 200, 'json'> {
  return c.body(text, 200, {
    'content-type': 'application/json; charset=utf-8',
  }) as unknown as TypedResponse<T, 200, 'json'>;
}

/** File bytes (a Node Buffer, a Uint8Array) as a response body, without copying when it can. */
export function bytesBody(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = bytes.buffer;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength)
    : Uint8Array.from(bytes);
}
