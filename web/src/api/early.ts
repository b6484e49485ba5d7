// Answers asked for before the app has loaded: the boot script (src/boot.ts, its own entry with no
// imports so that it runs first) starts the first page's GET requests while the browser still
// loads React and antd, and leaves them in a global registry; `api()` takes them from there.

/** The registry's name on globalThis (written by boot.ts). */
export const EARLY_KEY = '__gapscopeEarly';

type Registry = Map<string, Promise<Response>>;

/** The early answer for a path, once; undefined when there is none. */
export function takeEarly(path: string): Promise<Response> | undefined {
  const registry = (globalThis as Record<string, unknown>)[EARLY_KEY] as Registry | undefined;
  const p = registry?.get(path);
  registry?.delete(path);
  return p;
}
